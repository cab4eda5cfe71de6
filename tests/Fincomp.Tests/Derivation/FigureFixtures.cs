using Fincomp.Checks;
using Fincomp.Compilation;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Document;
using Fincomp.Model;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Derivation;

/// <summary>The units of tests/Data/Figures, one per situation of "one figure, one value", loaded, checked and built.</summary>
internal static class FigureFixtures
{
    public static string Text(string name) => File.ReadAllText(TestPaths.Data("Figures", name + ".yaml"));

    public static UnitYear Load(string name) => TestUnits.Load(Text(name));

    public static IReadOnlyList<Diagnostic> Check(string name) => UnitChecker.Check(Load(name));

    /// <summary>The built document's text projection (tables as tab-separated rows).</summary>
    public static string Report(string name) => Report(Load(name));

    public static string Report(UnitYear unit)
    {
        var result = ReportCompiler.Compile(ReportFigures.Of(unit), new CompileOptions());
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics));
        return TextProjection.Project(result.Document!);
    }

    /// <summary>The lines of a table in the projection, from its title line to the blank line after it.</summary>
    public static IReadOnlyList<string> Table(string projection, string title)
    {
        var lines = projection.Split('\n');
        var start = Array.FindIndex(lines, l => l == "[表] " + title);
        Assert.True(start >= 0, $"table {title} not found");
        return [.. lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("[表] ", StringComparison.Ordinal) && !l.StartsWith('#') && l.Length > 0)];
    }
}
