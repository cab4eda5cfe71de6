using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Fincomp.Diagnostics;

namespace Fincomp.Reference;

/// <summary>
/// A year's classification codes (功能分类 or 经济分类) with their official names and meanings. No machine-readable
/// official list exists, so fincomp ships its own as tab-separated data embedded in the library and lets a user add
/// a province's codes from a file of the same format. Instances are immutable and therefore safe to share between
/// threads; <see cref="ExtendedWith"/> returns a new table instead of changing one.
/// </summary>
/// <remarks>
/// The TSV format: UTF-8, one row a line, columns <c>code</c>, <c>name</c> and optionally <c>meaning</c> separated by
/// tabs; an optional header line whose first column is <c>code</c> fixes the column count; blank lines are skipped.
/// Codes are digits only: 3 (类), 5 (款) or 7 (项, 功能分类 only).
/// </remarks>
public sealed class ClassificationTable
{
    /// <summary>The kind of the 支出功能分类 table (类/款/项).</summary>
    public const string FunctionalKind = "functional";

    /// <summary>The kind of the 部门支出经济分类 table (类/款).</summary>
    public const string EconomicKind = "economic";

    /// <summary>A row that cannot be read: wrong column count, a code that is not 3/5/7 digits, an empty name.</summary>
    public const string MalformedRowCode = "FC0401";

    /// <summary>A code given twice in one file; the first row wins so that later rows cannot silently replace it.</summary>
    public const string DuplicateCodeCode = "FC0402";

    /// <summary>The year of <see cref="Functional"/> and <see cref="Economic"/>, the first table fincomp shipped.</summary>
    private const int DefaultYear = 2023;

    private readonly FrozenDictionary<string, ClassificationEntry> _byCode;
    private readonly ImmutableArray<ClassificationEntry> _entries;

    private ClassificationTable(string kind, int year, IEnumerable<ClassificationEntry> entries)
    {
        Kind = kind;
        Year = year;
        _entries = [.. entries.OrderBy(e => e.Code, StringComparer.Ordinal)];
        _byCode = _entries.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);
    }

    /// <summary><see cref="FunctionalKind"/> or <see cref="EconomicKind"/>.</summary>
    public string Kind { get; }

    /// <summary>The budget year whose 科目 the table holds; codes and names change from year to year.</summary>
    public int Year { get; }

    public int Count => _entries.Length;

    /// <summary>
    /// The rows in ordinal code order, which is also the hierarchical order (201, 20101, 2010101, …, 20102, …) in
    /// which the disclosure tables list them.
    /// </summary>
    public IEnumerable<ClassificationEntry> Entries => _entries;

    /// <summary>
    /// The shipped 2023 支出功能分类 table (类, 款, 项), read from the library's resources on first use. A unit's own
    /// year's tables come from <see cref="ClassificationCatalog.For(int)"/>.
    /// </summary>
    public static ClassificationTable Functional => ClassificationCatalog.Table(FunctionalKind, DefaultYear);

    /// <summary>The shipped 2023 部门支出经济分类 table (类, 款); see <see cref="Functional"/>.</summary>
    public static ClassificationTable Economic => ClassificationCatalog.Table(EconomicKind, DefaultYear);

    /// <summary>
    /// The 名词解释 of a code: the unit's own <paramref name="written"/> meaning when it has text, else the table's
    /// (a meaning written blank is a meaning not given); null when neither exists.
    /// </summary>
    public string? MeaningOf(string code, string? written) =>
        string.IsNullOrWhiteSpace(written) ? Find(code)?.Meaning : written;

    /// <summary>The row for a code (digits only, e.g. <c>2010301</c>), or <see langword="null"/> when the table lacks it.</summary>
    public ClassificationEntry? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.GetValueOrDefault(code);
    }

    /// <summary>
    /// Reads a table in the TSV format, e.g. a province's additional codes. Bad rows are reported, not thrown, so one
    /// mistake never hides the next: <see cref="MalformedRowCode"/> and <see cref="DuplicateCodeCode"/> go into
    /// <paramref name="diagnostics"/> with the file, the 1-based line and column 1, and the table keeps the good rows.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is neither functional nor economic.</exception>
    public static ClassificationTable Parse(
        TextReader reader, string fileName, string kind, int year, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var codeLengths = CodeLengths(kind);

        var rows = new Dictionary<string, (ClassificationEntry Entry, int Line)>(StringComparer.Ordinal);
        int? columns = null;
        var seenContent = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                line = line.TrimStart('\uFEFF');
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            var span = new SourceSpan(fileName, lineNumber, 1);
            if (!seenContent)
            {
                seenContent = true;
                if (fields[0].Trim() == "code")
                {
                    if (fields.Length is 2 or 3)
                    {
                        columns = fields.Length;
                    }
                    else
                    {
                        Report(diagnostics, MalformedRowCode, span, $"表头应为 code、name 两列或 code、name、meaning 三列，实有 {fields.Length} 列。");
                    }

                    continue;
                }
            }

            if (columns is { } expected ? fields.Length != expected : fields.Length is not (2 or 3))
            {
                var wanted = columns?.ToString(CultureInfo.InvariantCulture) ?? "2 或 3";
                Report(diagnostics, MalformedRowCode, span, $"该行应有 {wanted} 列（以制表符分隔），实有 {fields.Length} 列。");
                continue;
            }

            var code = fields[0].Trim();
            if (!code.All(char.IsAsciiDigit) || !codeLengths.Contains(code.Length))
            {
                Report(diagnostics, MalformedRowCode, span, $"编码“{code}”无效：应为 {Lengths(codeLengths)} 位数字。");
                continue;
            }

            var name = fields[1].Trim();
            if (name.Length == 0)
            {
                Report(diagnostics, MalformedRowCode, span, $"编码 {code} 的名称为空。");
                continue;
            }

            if (rows.TryGetValue(code, out var first))
            {
                Report(diagnostics, DuplicateCodeCode, span, $"编码 {code} 重复，已在第 {first.Line} 行给出（{first.Entry.Name}）；本行被忽略。");
                continue;
            }

            var meaning = fields.Length > 2 ? fields[2].Trim() : "";
            rows.Add(code, (new ClassificationEntry(code, name, meaning.Length == 0 ? null : meaning), lineNumber));
        }

        return new ClassificationTable(kind, year, rows.Values.Select(r => r.Entry));
    }

    /// <summary>
    /// This table with <paramref name="extra"/>'s rows added, an extra row replacing the row of the same code as a
    /// whole (name and meaning), e.g. a province's renamed or additional 项. This table is left unchanged.
    /// </summary>
    /// <exception cref="ArgumentException">The tables differ in kind or year: mixing them would mislabel codes.</exception>
    public ClassificationTable ExtendedWith(ClassificationTable extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        if (extra.Kind != Kind || extra.Year != Year)
        {
            throw new ArgumentException(
                $"Cannot extend a {Kind} {Year} table with a {extra.Kind} {extra.Year} table.", nameof(extra));
        }

        var merged = new Dictionary<string, ClassificationEntry>(_byCode, StringComparer.Ordinal);
        foreach (var entry in extra._entries)
        {
            merged[entry.Code] = entry;
        }

        return new ClassificationTable(Kind, Year, merged.Values);
    }

    /// <summary>
    /// Up to <paramref name="count"/> codes of the same length as <paramref name="code"/> that the clerk most likely
    /// meant: first those under the same parent (same 款 for a 项, same 类 for a 款), then the rest, each group by
    /// edit distance and then in code order, so that the same mistake always gets the same suggestions.
    /// </summary>
    public IReadOnlyList<ClassificationEntry> Nearest(string code, int count)
    {
        ArgumentNullException.ThrowIfNull(code);
        var parent = code.Length switch
        {
            7 => code[..5],
            5 => code[..3],
            _ => null,
        };
        return _entries
            .Where(e => e.Code.Length == code.Length && e.Code != code)
            .OrderBy(e => parent is not null && e.Code.StartsWith(parent, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(e => KeySuggestion.Distance(code, e.Code))
            .ThenBy(e => e.Code, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    private static int[] CodeLengths(string kind) => kind switch
    {
        FunctionalKind => [3, 5, 7],
        EconomicKind => [3, 5],
        _ => throw new ArgumentException($"Unknown classification kind '{kind}'.", nameof(kind)),
    };

    private static string Lengths(int[] lengths) =>
        string.Join("、", lengths.Select(l => l.ToString(CultureInfo.InvariantCulture)));

    private static void Report(List<Diagnostic> diagnostics, string code, SourceSpan span, string message) =>
        diagnostics.Add(new Diagnostic(code, Severity.Error, message, span));

    /// <summary>Shipped data that does not parse is a build defect, not a user error, so it throws.</summary>
    internal static ClassificationTable LoadEmbedded(string kind, int year)
    {
        var resource = $"Fincomp.Reference.Data.{kind}-{year}.tsv";
        using var stream = typeof(ClassificationTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' is missing.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        var diagnostics = new List<Diagnostic>();
        var table = Parse(reader, resource, kind, year, diagnostics);
        if (diagnostics.Count > 0)
        {
            throw new InvalidOperationException(
                $"Embedded resource '{resource}' is invalid:\n{string.Join('\n', diagnostics)}");
        }

        return table;
    }
}
