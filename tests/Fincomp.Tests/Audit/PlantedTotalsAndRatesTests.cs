using System.Collections.Concurrent;
using Fincomp.Audit;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// Totals, completion rates and 三公 shares edited in built reports of both templates: a 政府采购 total that no longer
/// adds up to its "其中：A、B、C" parts (FC2014, and no share of the wrong total), a completion rate that does not
/// recompute from the budget and actual printed before it (FC2006), and the Shanghai 三公 sentences, which print the
/// total as "…支出年初预算为A万元，支出决算为B万元" and open the part list without a year.
/// </summary>
public sealed class PlantedTotalsAndRatesTests : IDisposable
{
    private const string Jingxin = "park/jingxin-2023.yaml";
    private const string Shanghai = "shanghai-2024.yaml";
    private const string ShanghaiThreePublic = "“三公”经费财政拨款支出年初预算为55.5万元";

    private static readonly ConcurrentDictionary<string, Lazy<byte[]>> Built = new(StringComparer.Ordinal);

    private readonly TemporaryFolder _folder = new("fincomp-planted-totals-");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(Jingxin, "政府采购支出总额129万元", "总额129万元", "总额139万元", "21 + 0 + 108 = 129")]
    [InlineData(Shanghai, "其中：货物采购金额168.5万元", "为403.5万元", "为413.5万元", "168.5 + 0 + 235 = 403.5")]
    public void A_total_that_no_longer_adds_up_to_its_listed_parts_is_found_and_no_share_is_taken_of_it(string sample, string sentence, string old, string planted, string sum)
    {
        var finding = Assert.Single(Check(sample, new PlantedDocx.Plant(sentence, old, planted)));

        Assert.Equal(AuditCodes.DetailSum, finding.Code);
        Assert.Contains(sum, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ShanghaiThreePublic, "完成预算的94.14%", "完成预算的96.14%", "完成率应为94.14%")]
    [InlineData("一般公共预算财政拨款支出年初预算为1217.25万元", "完成年初预算的104.20%", "完成年初预算的106.20%", "完成率应为104.2%")]
    [InlineData("年初预算为398万元，支出决算为412.35万元", "支出决算为412.35万元。", "支出决算为412.35万元，完成预算的110.00%。", "完成率应为103.61%")]
    public void A_completion_rate_that_does_not_recompute_from_the_budget_printed_before_it_is_found(string sentence, string old, string planted, string expected)
    {
        var finding = Assert.Single(Check(Shanghai, new PlantedDocx.Plant(sentence, old, planted)));

        Assert.Equal(AuditCodes.Completion, finding.Code);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shanghai_three_public_total_changed_in_the_text_is_compared_with_its_table_and_not_recomputed_as_a_rate()
    {
        var finding = Assert.Single(Check(Shanghai, new PlantedDocx.Plant(ShanghaiThreePublic, "支出决算为52.25万元", "支出决算为53.25万元")));

        Assert.Equal(AuditCodes.TwoValues, finding.Code);
        Assert.Contains("52.25", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("占3.54%", "占4.54%", "应为3.54%")]
    [InlineData("占3.54%", "占13.54%", "应为3.54%")]
    public void A_shanghai_three_public_share_is_recomputed_from_the_total_of_the_paragraph_before(string old, string planted, string expected)
    {
        var finding = Assert.Single(Check(Shanghai, new PlantedDocx.Plant("“三公”经费财政拨款支出决算中", old, planted)));

        Assert.Equal(AuditCodes.Share, finding.Code);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    private IReadOnlyList<Diagnostics.Diagnostic> Check(string sample, PlantedDocx.Plant plant)
    {
        var built = Built.GetOrAdd(sample, s => new Lazy<byte[]>(() => PlantedDocx.BuildSample(s))).Value;
        var path = Path.Combine(_folder.Path, "planted.docx");
        File.WriteAllBytes(path, PlantedDocx.With(built, plant));
        return PlantedDocx.Planted(DocumentCheck.Check(path));
    }
}
