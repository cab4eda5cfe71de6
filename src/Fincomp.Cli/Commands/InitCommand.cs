using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Fincomp.Authoring;
using Fincomp.Cli.Help;
using Fincomp.IO;
using Fincomp.Input;
using Fincomp.Model;

namespace Fincomp.Cli.Commands;

/// <summary>
/// <c>fincomp init NAME.yaml [--from last-year.yaml]</c>: writes a commented starter unit file, blank or carried over
/// from last year's file, and never overwrites an existing file unless told to (<c>--force</c>).
/// </summary>
internal static partial class InitCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("file") { HelpName = "新文件", Description = "要新建的单位 YAML 文件" };
        var from = new Option<string?>("--from") { HelpName = "上年文件", Description = "上年的单位文件：沿用其单位信息、概况与科目，并写 previous_year" };
        var year = new Option<int?>("--year") { HelpName = "年度", Description = "决算年度（缺省：--from 的下一年，或文件名中的年份，否则上一个日历年）" };
        var force = new Option<bool>("--force") { Description = "文件已存在时覆盖" };
        var command = new ExampleCommand("init", "新建一个带说明的单位文件（可从上年文件开始），并在旁边写出格式文件 fincomp.schema.json 供编辑器补全。")
        {
            Examples =
            [
                ("fincomp init 新单位.yaml", "新建空白单位文件，年度为上一个日历年"),
                ("fincomp init jingfa-2024.yaml --from jingfa-2023.yaml", "从上年文件开始：沿用单位信息与科目，金额清零"),
            ],
        };
        command.Arguments.Add(target);
        command.Options.Add(from);
        command.Options.Add(year);
        command.Options.Add(force);
        command.SetAction(parseResult => Run(
            parseResult.GetValue(target)!,
            parseResult.GetValue(from),
            parseResult.GetValue(year),
            parseResult.GetValue(force),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string file, string? from, int? year, bool force, TextWriter output, TextWriter error)
    {
        if (File.Exists(file) && !force)
        {
            error.WriteLine($"{file} 已存在，未覆盖；确要覆盖请加 --force。");
            return ExitCodes.WriteFailed;
        }

        if (Directory.Exists(file))
        {
            error.WriteLine($"{file} 是一个文件夹；请给出要新建的 .yaml 文件名。");
            return ExitCodes.Unreadable;
        }

        UnitYear? last = null;
        if (from is not null)
        {
            var loaded = new UnitLoader().Load(from);
            foreach (var diagnostic in loaded.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error))
            {
                error.WriteLine(diagnostic.ToString());
            }

            if (!loaded.Succeeded || loaded.Unit is null)
            {
                error.WriteLine($"{from} 有错误，无法作为上年文件。");
                return ExitCodes.Unreadable;
            }

            last = loaded.Unit;
        }

        // A 决算 is compiled after its year has closed, so a new file with no other hint is for last calendar year.
        var chosen = year ?? (last is null ? YearInName(file) ?? DateTime.Now.Year - 1 : last.Unit.Year + 1);
        if (chosen is < UnitLoader.FirstYear or > UnitLoader.LastYear)
        {
            // check refuses such a year (FC0110); a starter file must pass its own check.
            error.WriteLine($"决算年度 {chosen} 不在 {UnitLoader.FirstYear}–{UnitLoader.LastYear} 之间。");
            return ExitCodes.Unreadable;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var schemaPath = SchemaReference.For(file);
        string? schemaFile = null;
        if (schemaPath is null)
        {
            // Outside a checkout (an installed tool) the schema goes next to the unit, where the modeline can find it.
            schemaFile = Path.Combine(folder, SchemaFileName);
            schemaPath = SchemaFileName;
        }

        var text = StarterFile.Write(new StarterOptions
        {
            Year = chosen,
            SchemaPath = schemaPath,
            LastYear = last,
            PreviousYearPath = from is null ? null : Path.GetRelativePath(folder, Path.GetFullPath(from)),
        });
        try
        {
            AtomicFile.WriteText(file, text, overwrite: force);
            if (schemaFile is not null)
            {
                // Always the schema of this version: an older copy beside the file would mislead the editor.
                AtomicFile.WriteText(schemaFile, UnitSchema.Json(), overwrite: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"无法写入 {file}：{WriteFailureText.Reason(exception)}。");
            return ExitCodes.WriteFailed;
        }

        if (schemaFile is not null)
        {
            output.WriteLine($"已写出格式文件 {Path.Combine(Path.GetDirectoryName(file) ?? "", SchemaFileName)}，编辑器据此补全键名。");
        }

        output.WriteLine(last is null
            ? $"已新建 {file}（{chosen}年度）。填写“待填写”处和各项金额后，运行 fincomp check {file} 核对。"
            : $"已新建 {file}（{chosen}年度），沿用了 {from} 的单位信息、概况与科目，金额已清零。填写后运行 fincomp check {file} 核对。");
        return ExitCodes.Clean;
    }

    private const string SchemaFileName = "fincomp.schema.json";

    private static int? YearInName(string file) =>
        YearPattern().Match(Path.GetFileNameWithoutExtension(file)) is { Success: true } match
            ? int.Parse(match.Value, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex("(?<![0-9])(19|20)[0-9]{2}(?![0-9])")]
    private static partial Regex YearPattern();
}
