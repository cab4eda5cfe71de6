using Fincomp.Diagnostics;
using Fincomp.Model.Performance;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1913: a 自评报告 or 自评表 title, or a 绩效自评 heading, names the year evaluated, the report year
/// (<see cref="SelfEvaluationTitle"/>). An error: the document would attach last year's self-evaluation under this
/// year's 决算, and its audit holds the printed title to the same year (FC2009).
/// </summary>
internal sealed class SelfEvaluationYearRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1913", Severity.Error, "绩效自评报告、自评表的标题不是报告年度",
        "整体支出、项目支出绩效自评报告和自评表的标题（以及含“绩效自评”的节标题）写的年份应是决算年度：决算公开附的是本年度的绩效自评，"
        + "标题写成上一年，多是沿用上年的附件未改，读者会以为附错了报告；生成的文档自检（FC2009）同样按报告年度核对这些标题，因此是错误。"
        + "年份写作“2023年”“2023年度”或“二〇二三年”都按其年份核对；标题不写年份的不报告（不会写错年份）。正文中提及上年（如“较2023年”）不受本规则限制（见 FC1903）。",
        "2024 年度的单位文件写 performance.unit_report.title: 2023年整体支出绩效自评报告。",
        "把标题中的年份改为决算年度；确是上年的自评报告时，请换成本年度的。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var year = context.Unit.Unit.Year;
        foreach (var field in context.Texts.Where(IsTitle))
        {
            foreach (var match in SelfEvaluationTitle.WrongYears(field.Text, year))
            {
                yield return Info.At(field.At(match.Index),
                    $"{field.Label}“{field.Text}”写的是 {SelfEvaluationTitle.Year(match)}年，而报告年度为 {year}年：绩效自评报告和自评表的标题应写决算年度。");
            }
        }
    }

    /// <summary>
    /// A self-evaluation title as written in the unit file: the <c>title</c> key (its label names the key path) of a
    /// report or of one of its sections. Running text and a project's name are not titles.
    /// </summary>
    internal static bool IsTitle(TextField field) =>
        field.Owner is UnitReport or ProjectReport or ReportSection
        && field.Label.StartsWith('\'') && field.Label.Contains(".title'", StringComparison.Ordinal)
        && SelfEvaluationTitle.Is(field.Text);
}
