using Fincomp.Compilation;
using Fincomp.Document;
using Fincomp.Model;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Build;

/// <summary>
/// The seed's sentences about "三公" and 政府采购 are printed when the unit gave their data, with explicit zeros, and
/// left out when it did not: an absent amount is not a zero. A share of a zero whole is not stated (the seed's "占0%"
/// of a 0 total states a proportion that does not exist).
/// </summary>
public sealed class SeedSentenceTests
{
    private const string Categories = "2023年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元；公务用车购置及运行维护费支出决算0万元；公务接待费支出决算0万元。";
    private const string Procurement = "政府采购支出总额0万元，其中：政府采购货物支出0万元、政府采购工程支出0万元、政府采购服务支出0万元。授予中小企业合同金额0万元，其中：授予小微企业合同金额0万元。";

    [Fact]
    public void Given_zeros_are_printed_with_the_reason()
    {
        var text = Project(TestPaths.LoadSample());
        Assert.Contains("决算数等于预算数的主要原因是我部门未发生三公经费支出项目。", text, StringComparison.Ordinal);
        Assert.Contains(Categories, text, StringComparison.Ordinal);
        Assert.Contains(Procurement, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Absent_amounts_are_not_printed_as_zeros()
    {
        var sample = TestPaths.LoadSample();
        var unit = sample with
        {
            ThreePublic = sample.ThreePublic with { Actual = new ThreePublicAmounts(), Reason = null },
            Procurement = new Procurement(),
        };
        var text = Project(unit);
        Assert.DoesNotContain("决算数等于预算数", text, StringComparison.Ordinal);
        Assert.DoesNotContain("支出决算中，因公出国（境）费支出决算", text, StringComparison.Ordinal);
        Assert.DoesNotContain("政府采购支出总额", text, StringComparison.Ordinal);
    }

    private static string Project(UnitYear unit)
    {
        var result = ReportCompiler.Compile(unit, new CompileOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return TextProjection.Project(result.Document!);
    }
}
