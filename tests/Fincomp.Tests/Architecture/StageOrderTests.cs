using Fincomp.Model;
using Xunit;

namespace Fincomp.Tests.Architecture;

/// <summary>
/// The pipeline's stages in order: a namespace may use its own stage and earlier ones, never a later one. So derivation
/// does not depend on the checker (rounding arithmetic lives beside the money type), loading does not derive, and
/// the checker, the templates, the tables, the charts and the batch summary all read the one derived-figures object.
/// </summary>
public sealed class StageOrderTests
{
    /// <summary>Stages from first to last; a namespace belongs to the stage whose prefix it starts with.</summary>
    private static readonly string[][] Stages =
    [
        ["Fincomp.Diagnostics"],
        ["Fincomp.IO"],
        ["Fincomp.Model"],
        ["Fincomp.Reference"],
        ["Fincomp.Input"],
        ["Fincomp.Authoring"],
        ["Fincomp.Derivation"],

        // The import reads tables as derivation prints them (figures of record, controlled rounding): it comes after.
        ["Fincomp.Import"],
        ["Fincomp.Checks"],
        ["Fincomp.Document"],
        ["Fincomp.Narrative", "Fincomp.Tables", "Fincomp.Charts"],
        ["Fincomp.Writers"],
        ["Fincomp.Audit"],
        ["Fincomp.Compilation"],
        ["Fincomp.Batch"],
    ];

    /// <summary>Pairs that the order allows but the design does not: the batch builds reports through compilation only.</summary>
    private static readonly (string From, string To)[] Forbidden =
    [
        ("Fincomp.Batch", "Fincomp.Writers"),
    ];

    private static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> References = NamespaceReferences.Of(typeof(UnitYear).Assembly);

    [Fact]
    public void Every_namespace_belongs_to_a_stage()
    {
        Assert.All(References.Keys.Where(n => n.StartsWith("Fincomp", StringComparison.Ordinal)), n => Assert.True(StageOf(n) >= 0, $"{n} is in no stage."));
    }

    [Fact]
    public void No_namespace_depends_on_a_later_stage()
    {
        var violations = References
            .Where(p => StageOf(p.Key) >= 0)
            .SelectMany(p => p.Value.Where(to => StageOf(to) > StageOf(p.Key)).Select(to => $"{p.Key} → {to}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(violations.Count == 0, "Dependencies on a later stage:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void No_forbidden_dependency()
    {
        var violations = References
            .SelectMany(p => p.Value.Select(to => (From: p.Key, To: to)))
            .Where(d => Forbidden.Any(f => d.From.StartsWith(f.From, StringComparison.Ordinal) && d.To.StartsWith(f.To, StringComparison.Ordinal)))
            .Select(d => $"{d.From} → {d.To}")
            .ToList();

        Assert.True(violations.Count == 0, "Forbidden dependencies:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_reader_sees_dependencies_inside_method_bodies()
    {
        // Compilation uses the writers only inside method bodies (ReportBuilder); if the reader missed IL it would not see it.
        Assert.Contains("Fincomp.Writers.Docx", References["Fincomp.Compilation"]);
        Assert.Contains("Fincomp.Derivation", References["Fincomp.Checks.Rules"]);
    }

    private static int StageOf(string ns) =>
        Array.FindIndex(Stages, stage => stage.Any(prefix => ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal)));
}
