using Fincomp.Charts;
using Fincomp.Derivation;
using Fincomp.Model;
using Scriban.Runtime;
using static Fincomp.Narrative.ScriptValues;

namespace Fincomp.Narrative;

/// <summary>
/// The variables the templates see, built from <see cref="ReportFigures"/>: every figure already computed (as decimal),
/// every list already counted. docs/templates.md lists each name; a template naming anything else fails (strict mode).
/// </summary>
internal static partial class TemplateModel
{
    public static ScriptObject Build(ReportFigures figures)
    {
        var unit = figures.Unit;
        var totals = figures.Totals;
        var globals = new ScriptObject();
        globals.SetValue("unit", Object(
            ("name", unit.Unit.Name),
            ("published", unit.Unit.Published),
            ("short_name", unit.Unit.ShortName),
            ("year", unit.Unit.Year),
            ("previous_year", unit.Unit.Year - 1),
            ("previous_year_label", $"{unit.Unit.Year - 1}年度"),
            ("kind", EnumLabelAttribute.Of(unit.Unit.Kind)),
            ("scope", EnumLabelAttribute.Of(figures.Scope)),
            ("is_department", figures.Scope == ReportScope.Department),
            ("scope_noun", figures.Scope == ReportScope.Department ? "部门" : "单位"),
            ("self", unit.Unit.Kind == UnitKind.Administrative ? "本部门" : "本单位")), true);
        globals.SetValue("profile", Object(
            ("duties", unit.Profile.Duties),
            ("internal_units", unit.Profile.Organization.InternalUnits),
            ("internal_unit_count", unit.Profile.Organization.InternalUnitCount),
            ("internal_units_given", unit.Profile.Organization.IsWritten(nameof(Organization.InternalUnits))),
            ("budget_units", Array(unit.Profile.Organization.BudgetUnits, u => Object(("name", u.Name), ("note", u.Note)))),
            ("unit_noun", unit.Profile.Organization.Noun),
            ("intro", unit.Profile.Organization.Intro)), true);
        globals.SetValue("totals", Object(
            ("income_total", totals.IncomeTotal),
            ("expenditure_total", totals.ExpenditureTotal),
            ("income_grand_total", totals.IncomeGrandTotal),
            ("grand_totals_equal", SamePrinted(totals.IncomeGrandTotal, totals.ExpenditureGrandTotal)),
            ("expenditure_grand_total", totals.ExpenditureGrandTotal),
            ("fiscal_income", totals.FiscalIncome),
            ("fiscal_expenditure", totals.FiscalExpenditure),
            ("fiscal_income_grand_total", totals.FiscalIncomeGrandTotal),
            ("fiscal_grand_totals_equal", SamePrinted(totals.FiscalIncomeGrandTotal, totals.FiscalExpenditureGrandTotal)),
            ("fiscal_expenditure_grand_total", totals.FiscalExpenditureGrandTotal),
            ("general_budget_expenditure", totals.GeneralBudgetExpenditure),
            ("government_fund_income", totals.GovernmentFundIncome),
            ("government_fund_expenditure", totals.GovernmentFundExpenditure),
            ("state_capital_income", totals.StateCapitalIncome),
            ("state_capital_expenditure", totals.StateCapitalExpenditure)), true);
        var previous = unit.Previous;
        globals.SetValue("previous", Object(
            ("income_grand_total", previous?.IncomeGrandTotal?.Value),
            ("grand_totals_equal", SamePrinted(previous?.IncomeGrandTotal?.Value, previous?.ExpenditureGrandTotal?.Value)),
            ("fiscal_grand_totals_equal", SamePrinted(previous?.FiscalIncomeGrandTotal?.Value, previous?.FiscalExpenditureGrandTotal?.Value)),
            ("expenditure_grand_total", previous?.ExpenditureGrandTotal?.Value),
            ("fiscal_income_grand_total", previous?.FiscalIncomeGrandTotal?.Value),
            ("fiscal_expenditure_grand_total", previous?.FiscalExpenditureGrandTotal?.Value),
            ("general_budget_expenditure", previous?.GeneralBudgetExpenditure?.Value),
            ("operating_costs", previous?.OperatingCosts?.Value)), true);
        globals.SetValue("reasons", Object(
            ("statement", unit.Statement.ChangeReason),
            ("appropriations", unit.Appropriations.ChangeReason),
            ("functional", unit.Functional.ChangeReason),
            ("functional_budget", unit.Functional.BudgetReason),
            ("three_public", unit.ThreePublic.Reason),
            ("three_public_change", unit.ThreePublic.ChangeReason),
            ("operating_costs", unit.OperatingCosts.Reason)), true);
        globals.SetValue("income_sources", NamedAmounts(figures.IncomeSources), true);
        globals.SetValue("other_income_sources", NamedAmounts(figures.OtherIncomeSources), true);
        globals.SetValue("expenditure_types", NamedAmounts(figures.ExpenditureTypes), true);

        // "不涉及的不列": the lists without the amounts that print as 0.
        globals.SetValue("other_income_sources_involved", NamedAmounts(figures.OtherIncomeSources.Where(Involved)), true);
        globals.SetValue("expenditure_types_involved", NamedAmounts(figures.ExpenditureTypes.Where(Involved)), true);
        globals.SetValue("general_budget", FundTree(figures.GeneralBudget, figures), true);
        globals.SetValue("government_fund", FundTree(figures.GovernmentFund, figures), true);
        globals.SetValue("state_capital", FundTree(figures.StateCapital, figures), true);
        globals.SetValue("budget_basis", Object(
            ("name", figures.Comparison.Name),
            ("initial", figures.Comparison.IsInitial)), true);
        globals.SetValue("fiscal_budget", Object(
            ("initial", figures.FiscalInitialBudget),
            ("actual", totals.FiscalExpenditureGrandTotal)), true);
        globals.SetValue("fiscal_completion_rate", figures.FiscalCompletionRate, true);
        var basic = figures.Basic;
        globals.SetValue("basic", Object(
            ("total", basic.Total),
            ("personnel", basic.Personnel),
            ("public", basic.Public),
            ("personnel_items", basic.PersonnelItems),
            ("public_items", basic.PublicItems)), true);
        globals.SetValue("three_public", ThreePublic(figures.ThreePublic, unit.ThreePublic), true);
        globals.SetValue("operating_costs", Object(
            ("amount", figures.OperatingCosts),
            ("has_amount", figures.OperatingCosts is not null)), true);
        var procurement = figures.Procurement;
        globals.SetValue("procurement", Object(
            ("given", procurement is not null),
            ("goods", procurement?.Goods),
            ("works", procurement?.Works),
            ("services", procurement?.Services),
            ("total", procurement?.Total),
            ("parts", procurement is null ? null : NamedAmounts(procurement.Parts)),
            ("nothing_bought", procurement?.Total is { } total && Display.Round(total) == 0m && procurement.SmallAndMedium is null),
            ("small_and_medium", procurement?.SmallAndMedium),
            ("small_and_micro", procurement?.SmallAndMicro),
            ("reserved", Reserved(unit.Procurement.Reserved))), true);
        var assets = figures.Assets;
        globals.SetValue("assets", Object(
            ("given", assets.VehicleTotal is not null || assets.VehicleUses is { Count: > 0 } || assets.Equipment.Any(e => e.Count is not null)),
            ("vehicle_total", assets.VehicleTotal),
            ("vehicle_uses", assets.VehicleUses is { } uses ? Array(uses, u => Object(("name", u.Name), ("count", u.Count))) : null),
            ("general_equipment", assets.GeneralEquipment),
            ("special_equipment", assets.SpecialEquipment),
            ("equipment", Array(assets.Equipment.Where(e => e.Count is not null), e => Object(("label", e.Label), ("count", e.Count))))), true);
        var management = unit.PerformanceManagement;
        globals.SetValue("performance_management", Object(
            ("counts_given", management.PriorAssessed is not null || management.WithTargets is not null || management.Monitored is not null),
            ("prior_assessed", management.PriorAssessed),
            ("prior_assessed_examples", management.PriorAssessedExamples),
            ("with_targets", management.WithTargets),
            ("monitored", management.Monitored),
            ("self_evaluation", figures.Unit.Performance.UnitReport is null && figures.Unit.Performance.Projects.Count == 0
                ? AttachmentReference.Without(management.SelfEvaluation)
                : management.SelfEvaluation),
            ("systems", management.Systems),
            ("mechanism", management.Mechanism),
            ("with_targets_amount", management.WithTargetsAmount?.Value),
            ("monitored_amount", management.MonitoredAmount?.Value),
            ("self_evaluated", management.SelfEvaluated),
            ("self_evaluated_amount", management.SelfEvaluatedAmount?.Value),
            ("average_score", management.AverageScore),
            ("grades", management.Grades is { } grades
                ? Object(("excellent", grades.Excellent), ("good", grades.Good), ("qualified", grades.Qualified), ("unqualified", grades.Unqualified))
                : null),
            ("problems", management.Problems is { } problems
                ? Object(("found", problems.Found), ("rectified", problems.Rectified), ("rectifying", problems.Rectifying))
                : null)), true);
        globals.SetValue("glossary", Array(unit.Glossary, g => Object(("term", g.Term), ("definition", Wording.TrimEnd(g.Definition)))), true);
        globals.SetValue("attachments", Attachments(figures), true);
        var numbers = ChartCaptions.Numbers(ChartCatalog.For(figures).Select(c => c.Number));
        globals.SetValue("figure_numbers", Object([.. numbers.Select((n, i) => ($"fig{i + 1}", (object?)n))]), true);
        WordingFunctions.Import(globals, figures.Wording);
        NumberingFunctions.Import(globals);
        return globals;
    }

    /// <summary>面向中小企业预留: each amount as given (null when not), or null when the unit wrote none of them.</summary>
    private static ScriptObject? Reserved(SmeReservation? reserved) =>
        reserved is null ? null : Object(
            ("small_and_medium", reserved.SmallAndMedium?.Value),
            ("small_and_micro", reserved.SmallAndMicro?.Value),
            ("won_by_small_and_medium", reserved.WonBySmallAndMedium?.Value),
            ("won_by_small_and_micro", reserved.WonBySmallAndMicro?.Value),
            ("other_won_by_small_and_medium", reserved.OtherWonBySmallAndMedium?.Value));

    /// <summary>Whether two figures are both given and print alike.</summary>
    private static bool SamePrinted(decimal? first, decimal? second) =>
        first is { } a && second is { } b && Display.Round(a) == Display.Round(b);

    private static bool Involved(NamedAmount amount) => Display.Round(amount.Amount) != 0m;

    private static ScriptArray NamedAmounts(IEnumerable<NamedAmount> amounts) =>
        Array(amounts, a => Object(("name", a.Name), ("amount", a.Amount)));

    /// <summary>The 科目 of one fund (一般公共预算, 政府性基金, 国有资本经营) down to 项, each with its figures and its text.</summary>
    private static ScriptObject FundTree(FunctionalTree tree, ReportFigures figures)
    {
        var (functional, comparison) = (figures.Functional, figures.Comparison);
        var items = tree.Classes
            .SelectMany(c => c.Children.SelectMany(s => s.Children.Select(i => (Class: c, Section: s, Item: i))))
            .ToList();
        return Object(
            ("actual", tree.Total.Actual),
            ("budget", comparison.BudgetOf(tree.Total) ?? 0m),
            ("has_budget", comparison.BudgetOf(tree.Total) is not null),
            ("basic", tree.Total.Basic),
            ("project", tree.Total.Project),
            ("classes", Array(tree.Classes, c => Object(("code", c.Code), ("name", c.Name), ("actual", c.Amounts.Actual)))),
            ("items", Array(items.Select((x, index) => (x.Class, x.Section, x.Item, Number: index + 1)), x => Object(
                ("number", x.Number),
                ("code", x.Item.Code),
                ("label", $"{x.Class.Name}（{x.Class.OwnDigits}）{x.Section.Name}（{x.Section.OwnDigits}）{x.Item.Name}（{x.Item.OwnDigits}）"),
                ("level_label", $"{x.Class.Name}（类）{x.Section.Name}（款）{x.Item.Name}（项）"),
                ("actual", x.Item.Amounts.Actual),
                ("budget", comparison.BudgetOf(x.Item.Amounts) ?? 0m),
                ("has_budget", comparison.BudgetOf(x.Item.Amounts) is not null),
                ("reason", x.Item.Line?.Reason),
                ("meaning", Wording.TrimEnd(functional.MeaningOf(x.Item.Code, x.Item.Line is { } meaning ? ItemTexts.Meaning(figures.Unit, meaning) : null) ?? string.Empty)),
                ("purpose", Wording.TrimEnd((x.Item.Line is { } purpose ? ItemTexts.Purpose(figures.Unit, purpose) : null) ?? string.Empty))))));
    }

    private static ScriptObject ThreePublic(ThreePublicFigures figures, ThreePublic model)
    {
        var purchased = model.Vehicles?.Purchased;
        var fleet = model.Vehicles?.Fleet;
        return Object(
            ("given", figures.Given),
            ("total", Part(figures.Total)),
            ("actual_given", ActualGiven(model.Actual)),
            ("given_parts", new ScriptArray(new[] { figures.Overseas, figures.Vehicles, figures.Receptions }.Where(p => p.ActualGiven).Select(Part))),
            ("overseas", Part(figures.Overseas)),
            ("vehicles", Part(figures.Vehicles)),
            ("receptions", Part(figures.Receptions)),
            ("vehicle_purchase", Given(figures.Actual, "vehicle_purchase", figures.VehiclePurchase)),
            ("vehicle_operation", Given(figures.Actual, "vehicle_operation", figures.VehicleOperation)),
            ("domestic_reception", Given(figures.Actual, "domestic_reception", figures.DomesticReception)),
            ("foreign_reception", Given(figures.Actual, "foreign_reception", figures.ForeignReception)),
            ("overseas_groups", figures.OverseasGroups),
            ("overseas_people", figures.OverseasPeople),
            ("overseas_content", model.Overseas?.Content),
            ("overseas_reason", model.Overseas?.Reason),
            ("vehicle_reason", model.Vehicles?.Reason),
            ("reception_reason", model.Receptions?.Reason),
            ("purchased_sedan", purchased?.Sedan?.Count ?? NoneBought(figures)),
            ("purchased_sedan_amount", purchased?.Sedan?.Amount?.Value ?? NoneBoughtAmount(figures)),
            ("purchased_off_road", purchased?.OffRoad?.Count ?? NoneBought(figures)),
            ("purchased_off_road_amount", purchased?.OffRoad?.Amount?.Value ?? NoneBoughtAmount(figures)),
            ("purchased_passenger", purchased?.Passenger?.Count ?? NoneBought(figures)),
            ("purchased_passenger_amount", purchased?.Passenger?.Amount?.Value ?? NoneBoughtAmount(figures)),
            ("purchased_count", figures.PurchasedCount),
            ("fleet_sedan", fleet?.Sedan),
            ("fleet_off_road", fleet?.OffRoad),
            ("fleet_passenger", fleet?.Passenger),
            ("fleet_total", figures.FleetTotal),
            ("domestic_batches", figures.DomesticBatches),
            ("domestic_people", figures.DomesticPeople),
            ("foreign_batches", figures.ForeignBatches),
            ("foreign_people", figures.ForeignPeople));
    }

    /// <summary>Whether the unit wrote any actual "三公" amount: a written 0 is printed as 0, an absent one is not.</summary>
    private static bool ActualGiven(ThreePublicAmounts actual) =>
        actual.Overseas is not null || actual.VehiclePurchase is not null || actual.VehicleOperation is not null
        || actual.DomesticReception is not null || actual.ForeignReception is not null || actual.Total is not null;

    /// <summary>
    /// A vehicle type the unit left out: none bought when the purchases are known (a table was written, or the purchase
    /// amount is 0), otherwise not given.
    /// </summary>
    private static int? NoneBought(ThreePublicFigures figures) => figures.PurchasedCount is null ? null : 0;

    private static decimal? NoneBoughtAmount(ThreePublicFigures figures) => figures.PurchasedCount is null ? null : 0m;

    private static ScriptObject Part(ThreePublicPart part) =>
        Object(("name", part.Name), ("budget", part.GivenBudget), ("actual", part.Actual), ("previous", part.Previous), ("given", part.ActualGiven));

    /// <summary>A "三公" amount of this year, or null when the unit did not give it (its sentence is then left out).</summary>
    private static decimal? Given(ThreePublicRecord actual, string key, decimal amount) => actual.Gives(key) ? amount : null;
}
