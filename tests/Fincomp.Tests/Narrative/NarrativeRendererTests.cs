using Xunit;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Narrative;
using Fincomp.Tests.Build;

namespace Fincomp.Tests.Narrative;

public sealed class NarrativeRendererTests
{
    [Fact]
    public void Sample_renders_without_diagnostics()
    {
        var diagnostics = new DiagnosticBag();
        var text = new NarrativeRenderer().Render(new ReportFigures(RepositoryPaths.LoadSample()), diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(text);
        File.WriteAllText("/tmp/narrative.md", text);
    }
}
