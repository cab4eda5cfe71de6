using Fincomp.Checks;
using Fincomp.Compilation;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Input;
using Fincomp.Model;
using Fincomp.Narrative;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Robustness;

/// <summary>
/// Seeded mutation fuzzing of the YAML loader, the checker and the template renderer: whatever the mutation, each
/// answers with diagnostics that have a position, never an exception, and finishes within the hang guard. The seeds
/// are fixed, so a failure names the iteration that reproduces it; FINCOMP_FUZZ_ITERATIONS lengthens the campaign.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private const ulong LoaderSeed = 20_231_231;
    private const ulong TemplateSeed = 20_240_101;

    private readonly TemporaryFolder _folder = new("fincomp-fuzz-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Mutated_unit_files_load_check_and_render_without_exceptions()
    {
        var seeds = SeedUnits();
        var path = Path.Combine(_folder.Path, "fuzz.yaml");
        var index = 0;
        foreach (var text in Mutator.Campaign(Mutator.Yaml(seeds), LoaderSeed, FuzzBudget.Iterations))
        {
            var iteration = index++;
            Keep(text, $"loader-{iteration}.yaml", () => HangGuard.Run(() => Exercise(text, path, iteration), $"loader iteration {iteration}"));
        }
    }

    [Fact]
    public void Mutated_templates_render_without_exceptions()
    {
        var names = TemplateLoader.BuiltInNames().Where(n => n.EndsWith(".scriban", StringComparison.Ordinal)).ToList();
        var texts = names.Select(n => TemplateLoader.Read(TemplateLoader.BuiltInKey(TemplatePack.Sichuan, n))).ToList();
        var figures = ReportFigures.Of(TestPaths.LoadSample());
        var index = 0;
        foreach (var (name, text) in Mutator.Campaign(Mutator.NamedTemplate(names, texts), TemplateSeed, FuzzBudget.Iterations))
        {
            var iteration = index++;
            var folder = Directory.CreateDirectory(Path.Combine(_folder.Path, "t" + iteration)).FullName;
            File.WriteAllText(Path.Combine(folder, name), text);
            Keep(text, $"template-{iteration}-{name}", () => HangGuard.Run(() => Render(figures, folder, iteration), $"template iteration {iteration} ({name})"));
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_campaign_is_the_same_on_every_run()
    {
        var gen = Mutator.Yaml(SeedUnits());

        Assert.Equal(Mutator.Campaign(gen, LoaderSeed, 20), Mutator.Campaign(gen, LoaderSeed, 20));
        Assert.NotEqual(Mutator.Campaign(gen, LoaderSeed, 20), Mutator.Campaign(gen, LoaderSeed + 1, 20));
    }

    /// <summary>Runs <paramref name="check"/>; if it fails and FINCOMP_FUZZ_FAILURES names a folder, the input is saved there.</summary>
    private static void Keep(string input, string name, Action check)
    {
        try
        {
            check();
        }
        catch (Exception) when (Environment.GetEnvironmentVariable("FINCOMP_FUZZ_FAILURES") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, name), input);
            throw;
        }
    }

    private static bool Exercise(string text, string path, int iteration)
    {
        File.WriteAllText(path, text);
        var result = new UnitLoader().Load(path);
        AssertPositioned(result.Diagnostics, iteration);
        Assert.True((result.Unit is null) == result.Diagnostics.Any(d => d.Severity == Severity.Error), $"iteration {iteration}: unit and errors disagree.");
        if (result.Unit is not null)
        {
            AssertPositioned(UnitChecker.Check(result.Unit), iteration);
            var diagnostics = new DiagnosticBag();
            var markdown = new NarrativeRenderer().Render(ReportFigures.Of(result.Unit), diagnostics);
            Assert.True(markdown is not null || diagnostics.HasErrors, $"iteration {iteration}: no text and no error.");
        }

        return true;
    }

    private static bool Render(ReportFigures figures, string folder, int iteration)
    {
        var diagnostics = new DiagnosticBag();
        var text = new NarrativeRenderer(folder).Render(figures, diagnostics);
        Assert.True((text is null) == diagnostics.HasErrors, $"template iteration {iteration}: text and errors disagree.");
        AssertPositioned(diagnostics.Items, iteration);
        if (text is not null && iteration % 25 == 0)
        {
            // The whole pipeline now and then: the Markdown a mutated template produced must become a document or diagnostics.
            var compiled = ReportCompiler.Compile(figures.Unit, new CompileOptions { TemplateDirectory = folder });
            AssertPositioned(compiled.Diagnostics, iteration);
        }

        return true;
    }

    private static void AssertPositioned(IEnumerable<Diagnostic> diagnostics, int iteration)
    {
        foreach (var diagnostic in diagnostics)
        {
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message), $"iteration {iteration}: empty message for {diagnostic.Code}.");
            // A line and column, or (the self-audit's findings in the compiled document) a named place.
            Assert.True((diagnostic.Span.Line >= 1 && diagnostic.Span.Column >= 1) || !string.IsNullOrEmpty(diagnostic.Span.Place), $"iteration {iteration}: {diagnostic} has no position.");
        }
    }

    private static List<string> SeedUnits() =>
    [
        .. Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "samples"), "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText),
        .. Directory.EnumerateFiles(TestPaths.Data("Malformed"), "*.yaml").Order(StringComparer.Ordinal)
            .Where(f => new FileInfo(f).Length < 64 * 1024).Select(File.ReadAllText),
    ];
}
