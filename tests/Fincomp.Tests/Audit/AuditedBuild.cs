using Fincomp.Audit;
using Fincomp.Compilation;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Model;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>Compiles a unit as <c>fincomp build</c> does (self-audit included, charts left out) and returns its findings.</summary>
internal static class AuditedBuild
{
    public static CompileResult Compile(UnitYear unit, string? templates = null) =>
        ReportCompiler.Compile(ReportFigures.Of(unit), new CompileOptions { TemplateDirectory = templates }, drawCharts: false);

    /// <summary>The self-audit's findings (FC20xx) of a compile.</summary>
    public static IReadOnlyList<Diagnostic> AuditFindings(CompileResult result) =>
        result.Diagnostics.Where(d => d.Code.StartsWith("FC20", StringComparison.Ordinal)).ToList();

    public static void AssertClean(CompileResult result, string what)
    {
        Assert.True(result.Succeeded, $"{what}:\n{string.Join("\n", result.Diagnostics)}");
        Assert.Empty(AuditFindings(result));
    }

    /// <summary>The audit of a compiled document run directly, for tests that already hold the document.</summary>
    public static IReadOnlyList<AuditFinding> Audit(Document.ReportDocument document) => DocumentAuditor.Audit(document);
}
