using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Narrative;
using Fincomp.Tests.Checks;
using Xunit;

namespace Fincomp.Tests.Narrative;

/// <summary>
/// The report points to nothing it does not print: "自评报告见附件" only when the attachment part is written, and the
/// note on what "预算" means in the "三公" paragraph only when that paragraph states a completion of the budget.
/// </summary>
public sealed class PointersToAbsentTextTests
{
    private const string SelfEvaluation = "对2023年度全部项目开展绩效自评，自评报告见附件。";
    private const string Footnote = "（注：上述“预算”口径为";

    private const string ThreePublicBudget =
        "  budget:\n    overseas: 0\n    vehicle_purchase: 0.00\n    vehicle_operation: 5.00\n"
        + "    domestic_reception: 2.00\n    foreign_reception: 0\n    total: 7.00\n";

    private static string Render(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var text = new NarrativeRenderer().Render(ReportFigures.Of(TestUnits.Load(yaml)), diagnostics);
        Assert.NotNull(text);
        return text;
    }

    private static string WithSelfEvaluation(bool attachments)
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "  monitored: 1\n", $"  monitored: 1\n  self_evaluation: {SelfEvaluation}\n");
        return attachments ? yaml : yaml[..(yaml.IndexOf("\nperformance:\n", StringComparison.Ordinal) + 1)];
    }

    [Fact]
    public void With_the_attachment_the_pointer_to_it_is_printed()
    {
        Assert.Contains(SelfEvaluation, Render(WithSelfEvaluation(attachments: true)), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_attachment_the_pointer_to_it_is_left_out_and_the_rest_of_the_sentence_kept()
    {
        var text = Render(WithSelfEvaluation(attachments: false));

        Assert.DoesNotContain("见附件", text, StringComparison.Ordinal);
        Assert.Contains("对2023年度全部项目开展绩效自评。", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("开展绩效自评，自评报告见附件。", "开展绩效自评。")]
    [InlineData("开展绩效自评,《整体支出绩效自评报告》见附件(第四部分)。", "开展绩效自评。")]
    [InlineData("自评报告见附件。", null)]
    [InlineData("开展绩效自评。", "开展绩效自评。")]
    public void The_attachment_clause_is_cut_at_its_own_punctuation(string written, string? kept) =>
        Assert.Equal(kept, AttachmentReference.Without(written));

    [Fact]
    public void The_budget_note_follows_a_stated_completion_of_the_budget()
    {
        Assert.Contains(Footnote, Render(ConsistentUnit.Yaml), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_three_public_budget_the_note_on_it_is_left_out()
    {
        var text = Render(TestUnits.ReplaceOnce(ConsistentUnit.Yaml, ThreePublicBudget, ""));

        Assert.Contains("“三公”经费财政拨款支出决算为", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Footnote, text, StringComparison.Ordinal);
    }
}
