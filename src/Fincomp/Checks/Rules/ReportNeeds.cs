using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// What the standard report needs from the unit file, section by section, and which of it the unit left out. "Not
/// given" is never read as 0: the report leaves out a sentence whose figure was not given, and these findings name the
/// key to add. <see cref="Missing.Required"/> is what the standard template cannot be written without (FC1003); the rest is
/// left out of the report with a warning (FC1002).
/// </summary>
internal static class ReportNeeds
{
    /// <summary>A key the unit left out: where to add it, its path in the file, and what the report loses without it.</summary>
    public sealed record Missing(SourceSpan Span, string Key, string Effect, bool Required);

    public static IEnumerable<Missing> Of(RuleContext context)
    {
        var unit = context.Unit;
        var figures = context.Figures;
        var top = unit.Span;
        var parts = ReportParts.Of(unit.Settings.TemplatePack);

        if (unit.Functional.Lines.Count == 0 && (figures.Totals.ExpenditureTotal != 0m || figures.Totals.FiscalIncome != 0m))
        {
            yield return new(At(unit.Functional, top), "functional.lines",
                $"单位有支出，却没有任何项级科目：{parts.BySubject}、名词解释和表2至表5、表8、表9都无法按科目写出，报告会写成“支出0万元”", true);
        }

        if (figures.Basic.Total != 0m)
        {
            var section = unit.BasicExpenditure;
            if (section.Personnel is null && !section.Items.Any(i => i.Amount is not null && BasicFigures.IsIn(i.Code, BasicFigures.PersonnelClasses)))
            {
                yield return new(At(section, top), "basic_expenditure.personnel",
                    $"一般公共预算财政拨款基本支出不为 0，{parts.Basic}必须写出人员经费", true);
            }

            if (section.Public is null && !section.Items.Any(i => i.Amount is not null && BasicFigures.IsIn(i.Code, BasicFigures.PublicClasses)))
            {
                yield return new(At(section, top), "basic_expenditure.public",
                    $"一般公共预算财政拨款基本支出不为 0，{parts.Basic}必须写出公用经费", true);
            }
        }

        var organization = unit.Profile.Organization;
        if (unit.Profile.IsWritten(nameof(Profile.Organization)) && !organization.IsWritten(nameof(Organization.InternalUnits)))
        {
            yield return new(At(organization, top), "profile.organization.internal_units",
                "第一部分二不写内设机构的个数和名称，也不写“未下设内设机构”（未下设时请写 internal_units: []）", false);
        }

        if (unit.Unit.Kind != UnitKind.Institution && unit.OperatingCosts.Amount is null)
        {
            yield return new(At(unit.OperatingCosts, top), "operating_costs.amount", $"{parts.OperatingCosts}机关运行经费的句子不写出", false);
        }

        if (figures.Procurement is null)
        {
            yield return new(At(unit.Procurement, top), "procurement",
                $"{parts.Procurement}不写政府采购支出的句子（没有政府采购时请写 goods: 0、works: 0、services: 0）", false);
        }
        else if (figures.Procurement.Total is null)
        {
            var missing = string.Join("、", new (string Key, decimal? Amount)[]
                {
                    ("procurement.goods", figures.Procurement.Goods), ("procurement.works", figures.Procurement.Works),
                    ("procurement.services", figures.Procurement.Services),
                }.Where(p => p.Amount is null).Select(p => p.Key));
            yield return new(At(unit.Procurement, top), missing,
                $"{parts.Procurement}不写政府采购支出总额及中小企业所占比例（没有 procurement.total 时货物、工程、服务要写全，没有的写 0）", false);
        }

        var assets = unit.Assets;
        var management = unit.PerformanceManagement;
        foreach (var (missing, section, key, effect) in new (bool, ModelNode, string, string)[]
        {
            (assets.Vehicles is null, assets, "assets.vehicles", $"{parts.Assets}不写车辆数（没有时请写 0）"),
            (management.PriorAssessed is null, management, "performance_management.prior_assessed", $"{parts.Performance}不写开展事前绩效评估的项目个数"),
            (management.WithTargets is null, management, "performance_management.with_targets", $"{parts.Performance}不写编制绩效目标的项目个数"),
            (management.Monitored is null, management, "performance_management.monitored", $"{parts.Performance}不写开展绩效监控的项目个数"),
        })
        {
            if (missing)
            {
                yield return new(At(section, top), key, effect, false);
            }
        }

        if (unit.Settings.TemplatePack == TemplatePack.Shanghai)
        {
            foreach (var missing in ShanghaiNeeds(unit, figures, top))
            {
                yield return missing;
            }
        }

        // A vehicle use not written is left out of the sentence, never printed as 0, and without it the uses written
        // do not add up to the vehicles held: no 共有车辆N辆 is stated.
        if (assets.Vehicles is { } vehicles)
        {
            foreach (var use in unit.Settings.TemplatePack.Vehicles().Where(c => !c.IsGiven(vehicles)))
            {
                yield return new(At(vehicles, top), "assets.vehicles." + use.Key,
                    $"国有资产占有使用情况不写{(use.Always ? use.Name + "的辆数，也" : string.Empty)}不写车辆总数“共有车辆N辆”：写出的各用途之和不是总数（没有{use.Name}时请写 0）", false);
            }
        }

        // The equipment counts the pack's sentence states, each with its own price threshold.
        foreach (var line in unit.Settings.TemplatePack.Equipment().Where(e => e.Count(assets) is null))
        {
            yield return new(At(assets, top), line.Key, $"国有资产占有使用情况不写{line.Label}台（套）数（没有时请写 0）", false);
        }

        var threePublic = unit.ThreePublic;
        if (!figures.ThreePublic.Given)
        {
            yield return new(top, "three_public",
                $"报告不写{parts.ThreePublic}（其后各节编号前移），表7只有表头、不列数字，也不与上年比较；每个单位都应公开\"三公\"经费，没有\"三公\"经费时请写出 budget、actual 各项为 0", true);
        }
        else
        {
            foreach (var (missing, key, what) in new (bool, string, string)[]
            {
                (figures.ThreePublic.OverseasGroups is null, "three_public.overseas", "因公出国（境）团组数和人次"),
                (figures.ThreePublic.PurchasedCount is null, "three_public.vehicles.purchased", "本年购置公务用车的车型和辆数"),
                (threePublic.Vehicles?.Fleet is null, "three_public.vehicles.fleet", "公务用车保有量"),
                (figures.ThreePublic.DomesticBatches is null || figures.ThreePublic.ForeignBatches is null, "three_public.receptions", "公务接待批次和人次"),
            })
            {
                if (missing)
                {
                    yield return new(At(threePublic, top), key, $"{parts.ThreePublic}不写{what}（没有时请写 0）", false);
                }
            }

            foreach (var key in figures.ThreePublic.Actual.Missing)
            {
                yield return new(At(threePublic.Actual, top), $"three_public.actual.{key}",
                    $"{parts.ThreePublic}不写这一项的决算数及其句子，也不写因缺少它而不完整的小计、合计的完成预算百分比和较上年增减；表7 该格及不完整的小计、合计留空；没有印出的合计时，也不写“三公”经费合计、各项占合计的比重和图7，不以写出的各项之和充当合计（没有时请写 0）", false);
            }

            // A 预算数 not given is not 0: no "完成预算x%" is stated against a budget that lacks it.
            var budget = figures.ThreePublic.Budget;
            var written = threePublic.Budget;
            if (ThreePublicSets.Parts(written).All(p => p is null) && written.Total is null && written.VehicleTotal is null && written.ReceptionTotal is null)
            {
                yield return new(At(threePublic, top), "three_public.budget",
                    $"{parts.ThreePublic}不写“三公”经费及各项的完成预算百分比，表7 预算数一栏的各项留空（没有预算时请写 0）", false);
            }
            else
            {
                foreach (var key in budget.Missing)
                {
                    yield return new(At(threePublic.Budget, top), $"three_public.budget.{key}",
                        $"这一项的预算数不按 0 计：表7 该格留空，{parts.ThreePublic}不写因缺少它而不完整的预算数的完成预算百分比（没有时请写 0）", false);
                }
            }
        }

        foreach (var line in unit.Functional.Lines)
        {
            if (line.Fund == Fund.GeneralBudget && line.Code.Length == 7 && string.IsNullOrWhiteSpace(ItemTexts.Meaning(unit, line))
                && string.IsNullOrWhiteSpace(ItemTexts.Purpose(unit, line)) && string.IsNullOrWhiteSpace(context.Functional.Find(line.Code)?.Meaning))
            {
                yield return new(line.Span, $"functional.lines（{line.Code}）.meaning",
                    $"编码表中科目 {line.Code} 没有标准说明，名词解释不列这一项", false);
            }
        }
    }

    /// <summary>
    /// What the Shanghai template states beyond the Sichuan one: the performance-management systems and self-evaluation
    /// figures, the 面向中小企业预留 amounts, and the reason for the gap between 一般公共预算财政拨款支出 and its budget.
    /// </summary>
    private static IEnumerable<Missing> ShanghaiNeeds(UnitYear unit, ReportFigures figures, SourceSpan top)
    {
        var management = unit.PerformanceManagement;
        const string Performance = "上海格式第三部分十（预算绩效管理情况）不写";
        foreach (var (missing, key, effect) in new (bool, string, string)[]
        {
            (management.Systems.Count == 0, "performance_management.systems", "本部门建立的预算绩效管理制度"),
            (management.WithTargets is not null && management.WithTargetsAmount is null, "performance_management.with_targets_amount", "编报绩效目标的项目涉及的预算金额"),
            (management.Monitored is not null && management.MonitoredAmount is null, "performance_management.monitored_amount", "绩效跟踪评价的项目涉及的预算金额"),
            (management.SelfEvaluated is null, "performance_management.self_evaluated", "绩效自评的项目个数（及其金额、平均得分、评级和问题整改）"),
            (management.SelfEvaluated is not null && management.SelfEvaluatedAmount is null, "performance_management.self_evaluated_amount", "绩效自评的项目涉及的预算金额"),
            (management.SelfEvaluated is not null && management.AverageScore is null, "performance_management.average_score", "绩效自评的平均得分"),
            (management.SelfEvaluated is not null && management.Grades is null, "performance_management.grades", "绩效评级为“优”“良”“合格”“不合格”的项目个数"),
            (management.SelfEvaluated is not null && management.Problems is null, "performance_management.problems", "绩效自评发现的问题及整改个数"),
        })
        {
            if (missing)
            {
                yield return new(At(management, top), key, Performance + effect, false);
            }
        }

        if (figures.Procurement is not null && unit.Procurement.Reserved is null)
        {
            yield return new(At(unit.Procurement, top), "procurement.reserved",
                "上海格式第三部分十一（二）不写面向中小企业、小微企业预留的政府采购项目预算金额及中小企业中标、成交金额", false);
        }

        if (string.IsNullOrWhiteSpace(unit.Functional.BudgetReason)
            && figures.Comparison.BudgetOf(figures.GeneralBudget.Total) is { } budget
            && Display.Difference(budget, figures.GeneralBudget.Total.Actual) != 0m)
        {
            yield return new(At(unit.Functional, top), "functional.budget_reason",
                $"上海格式第三部分五（三）只写“决算数{(Display.Difference(budget, figures.GeneralBudget.Total.Actual) > 0m ? "大于" : "小于")}预算数”，不写主要原因", false);
        }
    }

    /// <summary>Where to point: the section when it is written, otherwise the top of the file.</summary>
    private static SourceSpan At(ModelNode section, SourceSpan top) => section.Span.File is null ? top : section.Span;
}
