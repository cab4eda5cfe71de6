using Fincomp.Diagnostics;
using Fincomp.IO;
using Fincomp.Model;

namespace Fincomp.Input;

/// <summary>
/// Loads one unit file into a <see cref="UnitYear"/>: bytes → text → YAML tree → model, then last year's file when
/// <c>previous_year</c> names one. Never throws for bad input: every problem is a diagnostic with file, line and column.
/// Stateless and thread-safe.
/// </summary>
public sealed class UnitLoader
{
    /// <summary>Loads the file at <paramref name="path"/>, which is also how diagnostics name it.</summary>
    public LoadResult Load(string path) => Load(path, []);

    /// <summary>Loads a unit from text already in memory (tests, editors); <paramref name="file"/> names it in diagnostics.</summary>
    public LoadResult LoadText(string text, string file)
    {
        var diagnostics = new DiagnosticBag();
        var unit = Parse(System.Text.Encoding.UTF8.GetBytes(text), file, diagnostics);
        unit = unit is null ? null : ResolvePrevious(unit, file, [Path.GetFullPath(file)], diagnostics);
        return Finish(unit, diagnostics);
    }

    private LoadResult Load(string path, IReadOnlyList<string> chain)
    {
        var diagnostics = new DiagnosticBag();
        var bytes = ReadBytes(path, diagnostics);
        var unit = bytes is null ? null : Parse(bytes, path, diagnostics);
        unit = unit is null ? null : ResolvePrevious(unit, path, [.. chain, Path.GetFullPath(path)], diagnostics);
        return Finish(unit, diagnostics);
    }

    private static LoadResult Finish(UnitYear? unit, DiagnosticBag diagnostics) =>
        new(diagnostics.HasErrors ? null : unit, diagnostics.Sorted());

    internal static byte[]? ReadBytes(string path, DiagnosticBag diagnostics)
    {
        try
        {
            if (Directory.Exists(path))
            {
                diagnostics.Error(InputCodes.Unreadable, SourceSpan.StartOf(path), "这是一个文件夹，不是单位文件。");
                return null;
            }

            if (!File.Exists(path))
            {
                diagnostics.Error(InputCodes.Unreadable, SourceSpan.StartOf(path), "找不到这个文件。");
                return null;
            }

            var length = new FileInfo(path).Length;
            if (length > UnitFileText.MaxBytes)
            {
                // Refused from the reported size without reading; the bounded read below catches files that lie about it.
                diagnostics.Error(InputCodes.TooLarge, SourceSpan.StartOf(path), $"文件有 {length} 字节，超过上限 {UnitFileText.MaxBytes} 字节，不像单位文件。");
                return null;
            }

            return BoundedFile.Read(path, UnitFileText.MaxBytes);
        }
        catch (NotARegularFileException)
        {
            diagnostics.Error(InputCodes.Unreadable, SourceSpan.StartOf(path), "这不是普通文件（是设备、管道或套接字），不予读取。");
            return null;
        }
        catch (FileTooLargeException)
        {
            diagnostics.Error(InputCodes.TooLarge, SourceSpan.StartOf(path), $"文件超过上限 {UnitFileText.MaxBytes} 字节，不像单位文件。");
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            // The shared Chinese reasons (permission, missing, in use); an invalid name or path for the rest, never .NET's English.
            var reason = FileProblem.Describe(exception, "单位文件", Path.GetExtension(path)) ?? "文件名或路径无效";
            diagnostics.Error(InputCodes.Unreadable, SourceSpan.StartOf(path), $"无法读取文件：{reason}。");
            return null;
        }
    }

    /// <summary>
    /// How many files a previous_year chain may hold (this year included). A report needs only last year's figures;
    /// the bound keeps a long or generated chain from loading thousands of files, and the chain check below linear.
    /// </summary>
    private const int MaxPreviousDepth = 16;

    /// <summary>Report years a 决算 can have; anything else is a typing error (0, 20233, 99999) that no rule would catch.</summary>
    public const int FirstYear = 1990;

    public const int LastYear = 2100;

    private static UnitYear? Parse(byte[] bytes, string file, DiagnosticBag diagnostics)
    {
        var unit = ParseModel<UnitYear>(bytes, file, diagnostics);
        if (unit?.Unit is { } identity && identity.IsWritten(nameof(UnitIdentity.Year)) && identity.Year is < FirstYear or > LastYear)
        {
            diagnostics.Error(InputCodes.OutOfRange, identity.Locate(nameof(UnitIdentity.Year)),
                $"'unit.year'：年度 {identity.Year} 不在 {FirstYear}–{LastYear} 之间。");
        }

        return unit;
    }

    /// <summary>Bytes → text → YAML tree → a model record of type <typeparamref name="T"/>; shared by every YAML file fincomp reads.</summary>
    internal static T? ParseModel<T>(byte[] bytes, string file, DiagnosticBag diagnostics)
        where T : ModelNode
    {
        var text = UnitFileText.Decode(bytes, file, diagnostics);
        if (text is null)
        {
            return null;
        }

        var tree = YamlTreeReader.Read(text, file, diagnostics);
        if (tree is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(InputCodes.EmptyFile, SourceSpan.StartOf(file), "文件是空的：没有任何内容。");
            }

            return null;
        }

        return new ModelBinder(diagnostics).Bind<T>(tree);
    }

    private UnitYear? ResolvePrevious(UnitYear unit, string file, IReadOnlyList<string> chain, DiagnosticBag diagnostics)
    {
        if (unit.PreviousYear is not { } relative)
        {
            return unit;
        }

        var span = unit.Locate(nameof(UnitYear.PreviousYear));
        if (unit.Previous is not null)
        {
            diagnostics.Error(InputCodes.PreviousBoth, span, "'previous' 与 'previous_year' 只能写一个。");
            return unit;
        }

        var baseDirectory = Path.GetDirectoryName(file) ?? "";
        var previousPath = Path.Combine(baseDirectory, relative);
        var fullPath = Path.GetFullPath(previousPath);
        if (chain.Count >= MaxPreviousDepth)
        {
            diagnostics.Error(InputCodes.PreviousYearTooDeep, span, $"'previous_year' 链条超过 {MaxPreviousDepth} 层：上年数只需要上一年的文件，请检查链条。");
            return unit;
        }

        if (chain.Contains(fullPath, StringComparer.Ordinal))
        {
            diagnostics.Error(InputCodes.PreviousYearCycle, span, $"'previous_year' 形成循环：{relative} 又指回了本链条中的文件。");
            return unit;
        }

        if (!File.Exists(fullPath))
        {
            diagnostics.Error(InputCodes.PreviousYearMissing, span, $"'previous_year' 指向的文件 {relative} 不存在。");
            return unit;
        }

        var previous = Load(previousPath, chain);
        diagnostics.AddRange(previous.Diagnostics.Where(d => d.Severity == Severity.Error));
        if (previous.Unit is null)
        {
            diagnostics.Error(InputCodes.PreviousYearMissing, span, $"'previous_year' 指向的文件 {relative} 有错误，无法读取上年数。");
            return unit;
        }

        if (previous.Unit.Unit.Year != unit.Unit.Year - 1)
        {
            diagnostics.Error(InputCodes.PreviousYearMismatch, span,
                $"'previous_year' 指向 {previous.Unit.Unit.Year} 年度的文件，应为 {unit.Unit.Year - 1} 年度。");
            return unit;
        }

        if (!SameUnit(unit.Unit, previous.Unit.Unit))
        {
            diagnostics.Add(new Diagnostic(InputCodes.PreviousYearOtherUnit, Severity.Warning,
                $"'previous_year' 指向的文件 {relative} 是“{previous.Unit.Unit.Name}”的决算，本文件是“{unit.Unit.Name}”：报告中的上年数和增减都会按另一个单位计算。请改指本单位上一年度的文件；单位更名的，在 unit.other_names 中写上原名称。",
                span));
        }

        return unit with { PreviousUnit = previous.Unit };
    }

    /// <summary>
    /// Whether last year's file is the same unit: the same full name, or one unit lists the other's full name among its
    /// short or other names (a renamed unit writes its former name under <c>other_names</c>).
    /// </summary>
    private static bool SameUnit(UnitIdentity current, UnitIdentity previous) =>
        Names(current).Contains(previous.Name.Trim()) || Names(previous).Contains(current.Name.Trim());

    private static HashSet<string> Names(UnitIdentity unit) =>
        new([unit.Name.Trim(), unit.ShortName.Trim(), .. unit.OtherNames.Select(n => n.Trim())], StringComparer.Ordinal);
}
