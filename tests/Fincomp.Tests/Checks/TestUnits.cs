using Fincomp.Checks;
using Fincomp.Diagnostics;
using Fincomp.Input;
using Fincomp.Model;
using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>Loads units from YAML text for the checker tests and finds the line of a piece of that text.</summary>
internal static class TestUnits
{
    public const string File = "unit.yaml";

    /// <summary>
    /// The loader's first use of each model type is not safe to race (its reflection cache reads nullability through a
    /// shared context), so the model types are bound once, on one thread, before parallel tests load units.
    /// </summary>
    private static readonly Lazy<bool> WarmedUp = new(() => new UnitLoader().LoadText(ConsistentUnit.Yaml, File).Succeeded);

    public static UnitYear Load(string yaml)
    {
        _ = WarmedUp.Value;
        var result = new UnitLoader().LoadText(yaml, File);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Unit!;
    }

    public static IReadOnlyList<Diagnostic> Check(string yaml) => UnitChecker.Check(Load(yaml));

    /// <summary>Replaces the one occurrence of <paramref name="old"/>; fails the test when it is missing or ambiguous.</summary>
    public static string ReplaceOnce(string text, string old, string replacement)
    {
        var index = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{old}' not found");
        Assert.True(text.IndexOf(old, index + 1, StringComparison.Ordinal) < 0, $"'{old}' occurs more than once");
        return string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + old.Length));
    }

    /// <summary>
    /// <paramref name="text"/> as another unit: its unit.name (the first "  name:" line) with <paramref name="suffix"/>
    /// added. A batch takes files of one unit name and year as copies of one unit (FC0921) and identical files as one
    /// file, so tests that need several units of one sample rename each.
    /// </summary>
    public static string Renamed(string text, string suffix)
    {
        const string NameLine = "\n  name: ";
        var start = text.IndexOf(NameLine, StringComparison.Ordinal);
        Assert.True(start >= 0, "no unit.name line");
        var end = text.IndexOf('\n', start + NameLine.Length);
        return text.Insert(end < 0 ? text.Length : end, suffix);
    }

    /// <summary>The 1-based line on which <paramref name="anchor"/> starts.</summary>
    public static int LineOf(string text, string anchor)
    {
        var index = text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{anchor}' not found");
        return text.AsSpan(0, index).Count('\n') + 1;
    }
}
