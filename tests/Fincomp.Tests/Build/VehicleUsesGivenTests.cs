using Fincomp.Compilation;
using Fincomp.Document;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Build;

/// <summary>
/// Vehicles by use (国有资产占有使用情况): a use the unit did not write is not 0. The sentence lists only the uses written
/// (a written 0 stays, in the pack's standard wording), and FC1002 names each use the pack's sentence always states.
/// </summary>
public sealed class VehicleUsesGivenTests
{
    private static readonly Lazy<string> Shanghai = new(() => File.ReadAllText(TestPaths.Sample("shanghai-2024.yaml")));

    private static readonly Lazy<string> Sichuan = new(() => File.ReadAllText(TestPaths.Sample("park/zhifa-2023.yaml")));

    [Fact]
    public void Shanghai_uses_written_as_0_are_printed_as_0()
    {
        var text = Project(Shanghai.Value);

        Assert.Contains("共有车辆6辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车5辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车1辆。", text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestUnits.Check(Shanghai.Value), d => d.Code == "FC1002" && d.Message.Contains("assets.vehicles", StringComparison.Ordinal));
    }

    [Fact]
    public void Shanghai_uses_not_written_are_named_by_FC1002_and_not_printed()
    {
        var yaml = Shanghai.Value;
        foreach (var line in new[] { "    ministerial: 0\n", "    special_purpose: 0\n", "    retired: 0\n" })
        {
            yaml = TestUnits.ReplaceOnce(yaml, line, string.Empty);
        }

        var findings = TestUnits.Check(yaml);
        var text = Project(yaml);

        foreach (var key in new[] { "assets.vehicles.ministerial", "assets.vehicles.special_purpose", "assets.vehicles.retired" })
        {
            var finding = Assert.Single(findings, d => d.Code == "FC1002" && d.Message.Contains(key, StringComparison.Ordinal));
            var block = TestUnits.LineOf(yaml, "  vehicles:\n    leaders");
            Assert.InRange(finding.Span.Line, block, block + 1);
        }

        // The 6 written are not the vehicles held (部级、特种、离退休 are not 0): no 共有车辆 is stated, only the uses given.
        Assert.Contains("有主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车5辆、其他用车1辆。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("共有车辆", text, StringComparison.Ordinal);
        Assert.DoesNotContain("部级领导干部用车", text, StringComparison.Ordinal);
        Assert.DoesNotContain("特种专业技术用车", text, StringComparison.Ordinal);
        Assert.DoesNotContain("离退休干部用车", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sichuan_uses_not_written_are_named_by_FC1002_and_not_printed()
    {
        var yaml = Sichuan.Value;
        foreach (var line in new[] { "    leaders: 0\n", "    confidential: 0\n", "    emergency: 0\n" })
        {
            yaml = TestUnits.ReplaceOnce(yaml, line, string.Empty);
        }

        var findings = TestUnits.Check(yaml);
        var text = Project(yaml);

        foreach (var key in new[] { "assets.vehicles.leaders", "assets.vehicles.confidential", "assets.vehicles.emergency" })
        {
            Assert.Single(findings, d => d.Code == "FC1002" && d.Message.Contains(key, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(findings, d => d.Code == "FC1002" && d.Message.Contains("assets.vehicles.ministerial", StringComparison.Ordinal));
        Assert.Contains("有执法执勤用车5辆、其他用车1辆。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("共有车辆", text, StringComparison.Ordinal);
        Assert.DoesNotContain("主要领导干部用车", text, StringComparison.Ordinal);
        Assert.DoesNotContain("机要通信用车", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sichuan_uses_written_as_0_are_printed_as_0()
    {
        var text = Project(Sichuan.Value);

        Assert.Contains("共有车辆6辆，其中：主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车5辆、其他用车1辆。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sichuan_a_use_its_sentence_names_only_when_present_still_makes_the_total_unknown_when_not_written()
    {
        // 离退休干部用车 is named only when the unit has some, but not written it may be 3: 6 is not the vehicles held.
        var yaml = TestUnits.ReplaceOnce(Sichuan.Value, "    retired: 0\n", string.Empty);

        var finding = Assert.Single(TestUnits.Check(yaml), d => d.Code == "FC1002" && d.Message.Contains("assets.vehicles.retired", StringComparison.Ordinal));
        Assert.Contains("不写车辆总数", finding.Message, StringComparison.Ordinal);
        var text = Project(yaml);
        Assert.DoesNotContain("共有车辆", text, StringComparison.Ordinal);
        Assert.Contains("有主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车5辆、其他用车1辆。", text, StringComparison.Ordinal);
        Assert.Null(Fincomp.Derivation.ReportFigures.Of(TestUnits.Load(yaml)).Assets.VehicleTotal);
    }

    private static string Project(string yaml)
    {
        var result = ReportCompiler.Compile(TestUnits.Load(yaml), new CompileOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return TextProjection.Project(result.Document!);
    }
}
