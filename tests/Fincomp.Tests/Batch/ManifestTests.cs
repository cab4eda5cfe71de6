using Fincomp.Batch;
using Fincomp.Diagnostics;
using Fincomp.Input;
using Fincomp.Model;
using Xunit;
using Fincomp.Tests.Support;

namespace Fincomp.Tests.Batch;

public sealed class ManifestTests : IDisposable
{
    private const string Unit = """
        unit: { name: 测试单位, short_name: 测试, year: 2023, kind: 行政单位 }
        statement: { income: { general_budget: 1 }, expenditure: { basic: 1 } }
        settings: { change_amount_threshold: 5 }
        checks: { FC1701: { severity: warning, reason: 单位自定 } }
        """;

    private readonly TemporaryFolder _directory = new("fincomp-manifest-");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_folder_without_manifest_has_none()
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Null(ManifestLoader.LoadFrom(_directory.Path, diagnostics));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Manifest_defaults_apply_where_the_unit_wrote_nothing()
    {
        var manifest = LoadManifest("""
            output_name: "{year}-{short_name}"
            settings: { text_amounts: fixed, change_amount_threshold: 20, comparison_basis: 年初预算 }
            checks:
              FC1701: { severity: off, reason: 全园区统一 }
              FC1901: { severity: info, reason: 全园区统一 }
            """);
        var unit = new UnitLoader().LoadText(Unit, Path.Combine(_directory.Path, "u.yaml")).Unit!;

        var applied = manifest.ApplyTo(unit);

        Assert.Equal(TextAmountStyle.FixedTwoDecimals, applied.Settings.TextAmounts);
        Assert.Equal(5m, applied.Settings.ChangeAmountThreshold);
        Assert.Equal(BudgetBasis.Initial, applied.Settings.ComparisonBasis);
        Assert.Null(unit.Settings.ComparisonBasis);
        Assert.Equal(RuleSeverityOverride.Warning, applied.Checks["FC1701"].Severity);
        Assert.Equal(RuleSeverityOverride.Info, applied.Checks["FC1901"].Severity);
        Assert.Equal("2023-测试", manifest.OutputName("units/u.yaml", unit));
    }

    [Fact]
    public void The_manifest_chooses_the_pack_and_its_percentages_unless_the_unit_does()
    {
        var manifest = LoadManifest("settings: { template_pack: shanghai }\n");
        var unit = new UnitLoader().LoadText(Unit, Path.Combine(_directory.Path, "u.yaml")).Unit!;
        var applied = manifest.ApplyTo(unit);
        Assert.Equal(TemplatePack.Shanghai, applied.Settings.TemplatePack);
        Assert.Equal(PercentStyle.FixedTwoDecimals, applied.Settings.PercentagesInEffect);

        var own = new UnitLoader().LoadText(Unit.Replace("change_amount_threshold: 5", "template_pack: sichuan, percentages: fixed", StringComparison.Ordinal), Path.Combine(_directory.Path, "v.yaml")).Unit!;
        var kept = manifest.ApplyTo(own);
        Assert.Equal(TemplatePack.Sichuan, kept.Settings.TemplatePack);
        Assert.Equal(PercentStyle.FixedTwoDecimals, kept.Settings.PercentagesInEffect);
        Assert.Equal(PercentStyle.Trimmed, manifest.ApplyTo(own with { Settings = own.Settings with { Percentages = null } }).Settings.PercentagesInEffect);
    }

    [Fact]
    public void A_manifest_with_an_unknown_key_is_reported_at_its_line()
    {
        File.WriteAllText(Path.Combine(_directory.Path, "fincomp.yaml"), "output: out\ntemplate: x\n");
        var diagnostics = new List<Diagnostic>();

        Assert.Null(ManifestLoader.LoadFrom(_directory.Path, diagnostics));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((InputCodes.UnknownKey, 2), (diagnostic.Code, diagnostic.Span.Line));
    }

    [Fact]
    public void Output_names_never_contain_path_separators() =>
        Assert.Equal("a_b", LoadManifest("output_name: a/b\n").OutputName("x.yaml", null));

    private BatchManifest LoadManifest(string text)
    {
        File.WriteAllText(Path.Combine(_directory.Path, "fincomp.yaml"), text);
        var diagnostics = new List<Diagnostic>();
        return ManifestLoader.LoadFrom(_directory.Path, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
    }
}
