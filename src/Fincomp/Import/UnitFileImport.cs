using Fincomp.Authoring;
using Fincomp.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Fincomp.Import;

/// <summary>
/// <c>fincomp import</c> as a library: a workbook's figures as a new unit file (a starter file with the figures in
/// place), or into the text of an existing unit file whose unit and year must be the workbook's. An error anywhere
/// gives no text, so the caller never writes half an import.
/// </summary>
public static class UnitFileImport
{
    public static ImportResult NewFile(string workbook, int? year = null, string? schemaPath = null)
    {
        var diagnostics = new DiagnosticBag();
        var figures = WorkbookImporter.Import(workbook, diagnostics);
        if (figures is null || diagnostics.HasErrors)
        {
            return new ImportResult(null, diagnostics.Sorted());
        }

        if (year is { } givenYear && figures.Year is { } workbookYear && givenYear != workbookYear)
        {
            diagnostics.Error(ImportCodes.UnitDisagrees, SourceSpan.At(workbook, "工作簿"), $"--year 给出的是 {givenYear} 年度，工作簿的表题写的是 {workbookYear} 年度：请核对后去掉 --year 或改正。");
            return new ImportResult(null, diagnostics.Sorted());
        }

        var chosenYear = year ?? figures.Year;
        if (chosenYear is not { } reportYear)
        {
            diagnostics.Error(ImportCodes.UnitDisagrees, SourceSpan.At(workbook, "工作簿"), "表中没有写出决算年度（如 2023年度）：请用 --year 指明。");
            return new ImportResult(null, diagnostics.Sorted());
        }

        var starter = StarterFile.Write(new StarterOptions { Year = reportYear, SchemaPath = schemaPath, ImportedFrom = Path.GetFileName(workbook) });
        return new ImportResult(UnitFileFigures.Apply(starter, figures, figures.UnitName, reportYear), diagnostics.Sorted());
    }

    public static ImportResult Into(string workbook, string unitFile, string unitText)
    {
        var diagnostics = new DiagnosticBag();
        var figures = WorkbookImporter.Import(workbook, diagnostics);
        if (figures is null || diagnostics.HasErrors)
        {
            return new ImportResult(null, diagnostics.Sorted());
        }

        try
        {
            var (name, otherNames, year) = Identity(unitText);
            var place = SourceSpan.At(workbook, "工作簿");
            if (figures.UnitName is { } unitName && name is not null && unitName != name && !otherNames.Contains(unitName))
            {
                diagnostics.Error(ImportCodes.UnitDisagrees, place, $"工作簿的编制单位是“{unitName}”，单位文件 {unitFile} 是“{name}”。");
            }

            if (figures.Year is { } workbookYear && year is { } fileYear && workbookYear != fileYear)
            {
                diagnostics.Error(ImportCodes.UnitDisagrees, place, $"工作簿是 {workbookYear} 年度的，单位文件 {unitFile} 是 {fileYear} 年度。");
            }

            return diagnostics.HasErrors
                ? new ImportResult(null, diagnostics.Sorted())
                : new ImportResult(UnitFileFigures.Apply(unitText, figures), diagnostics.Sorted());
        }
        catch (Exception exception) when (exception is YamlException or FormatException)
        {
            diagnostics.Error(Input.InputCodes.SyntaxError, SourceSpan.StartOf(unitFile), $"单位文件无法解析，未导入：{exception.Message}");
            return new ImportResult(null, diagnostics.Sorted());
        }
    }

    private static (string? Name, IReadOnlyList<string> OtherNames, int? Year) Identity(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || YamlBlocks.Value(root, "unit") is not YamlMappingNode unit)
        {
            return (null, [], null);
        }

        var others = YamlBlocks.Value(unit, "other_names") is YamlSequenceNode list ? list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList() : [];
        var year = int.TryParse((YamlBlocks.Value(unit, "year") as YamlScalarNode)?.Value, out var y) ? y : (int?)null;
        return ((YamlBlocks.Value(unit, "name") as YamlScalarNode)?.Value, others, year);
    }
}
