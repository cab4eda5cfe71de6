using Fincomp.Compilation;
using Fincomp.Document;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Build;

/// <summary>
/// A unit that prints only its 公务接待费 小计 (<c>reception_total</c>) gives that figure and nothing about its split:
/// check holds 30217 against the 小计 (not against absent parts counted as 0), and the Shanghai text states the 小计
/// without a 国内公务接待 figure the data never gave.
/// </summary>
public sealed class ReceptionSubtotalOnlyTests
{
    private static readonly Lazy<string> SubtotalOnly = new(() => TestUnits.ReplaceOnce(File.ReadAllText(TestPaths.Sample("shanghai-2024.yaml")),
        "    domestic_reception: 1.85\n    foreign_reception: 0\n", "    reception_total: 1.85\n"));

    [Fact]
    public void Check_holds_30217_against_the_printed_subtotal()
    {
        var findings = TestUnits.Check(SubtotalOnly.Value);

        Assert.DoesNotContain(findings, d => d.Severity == Fincomp.Diagnostics.Severity.Error);
        Assert.DoesNotContain(findings, d => d.Code == "FC1505");
    }

    [Fact]
    public void The_Shanghai_text_states_the_subtotal_and_no_domestic_split()
    {
        var result = ReportCompiler.Compile(TestUnits.Load(SubtotalOnly.Value), new CompileOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var text = TextProjection.Project(result.Document!);

        Assert.Contains("3、公务接待费支出1.85万元。国内公务接待12批次、86人次，其中：接待外宾0批次、0人次。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("国内公务接待支出", text, StringComparison.Ordinal);
        Assert.DoesNotContain("外宾接待支出", text, StringComparison.Ordinal);
    }
}
