using Fincomp.Diagnostics;
using Fincomp.Import;
using Fincomp.Input;
using Fincomp.Model;
using Fincomp.Writers.Xlsx;
using Xunit;

namespace Fincomp.Tests.Import;

/// <summary>Exports a unit's tables to a workbook and imports workbooks back, failing the test on any import error.</summary>
internal static class ImportHarness
{
    public static string Export(UnitYear unit, string folder, string name = "tables.xlsx")
    {
        var path = Path.Combine(folder, name);
        using var stream = File.Create(path);
        TablesWorkbookWriter.Write(Fincomp.Derivation.ReportFigures.Of(unit), stream);
        return path;
    }

    /// <summary>The unit file <c>import -o</c> writes from <paramref name="workbook"/>, with its kind filled in, loaded.</summary>
    public static UnitYear ImportNew(string workbook)
    {
        var result = UnitFileImport.NewFile(workbook);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Load(KindFilledIn(result.Text!), workbook + ".yaml");
    }

    /// <summary>
    /// A file <c>import -o</c> wrote, with the unit's kind written as the clerk must (the workbook does not give it and
    /// the file does not load until it is): the figures do not depend on it.
    /// </summary>
    public static string KindFilledIn(string imported)
    {
        Assert.Contains("\n  kind: 待填写 ", imported, StringComparison.Ordinal);
        return imported.Replace("\n  kind: 待填写 ", "\n  kind: 行政单位 ", StringComparison.Ordinal);
    }

    public static UnitYear Load(string text, string file)
    {
        var loaded = new UnitLoader().LoadText(text, file);
        Assert.True(loaded.Unit is not null && !loaded.Diagnostics.Any(d => d.Severity == Severity.Error && d.Code.StartsWith("FC0", StringComparison.Ordinal)),
            string.Join("\n", loaded.Diagnostics) + "\n" + text);
        return loaded.Unit!;
    }

    public static UnitYear LoadYaml(string yaml) => Load(yaml, "generated.yaml");
}
