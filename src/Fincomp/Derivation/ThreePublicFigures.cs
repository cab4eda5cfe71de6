using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// The "三公" figures of section 七 and table 7: the total and its three parts, each with budget, actual and last year
/// (<see cref="ThreePublicRecord"/>, so a printed 合计 or 小计 is used where it agrees with its parts). Last year is null
/// where the unit file does not give it (<see cref="ThreePublicGiven"/>), and where this year's figure is not given in
/// full (a 合计 or 小计 summed over amounts some of which were not written), so the text compares only what both years
/// state rather than invent a zero. When the unit wrote no "三公" section at all, <see cref="Given"/> is false and no
/// stage states any of these figures: the amounts below are then zeros that stand for nothing.
/// </summary>
public sealed record ThreePublicFigures(ThreePublicPart Total, ThreePublicPart Overseas, ThreePublicPart Vehicles, ThreePublicPart Receptions)
{
    /// <summary>Whether the unit wrote its "三公" section (with zeros when it had no such spending).</summary>
    public required bool Given { get; init; }

    /// <summary>The 预算数 set with its totals of record (table 7's first column).</summary>
    public required ThreePublicRecord Budget { get; init; }

    /// <summary>The 决算数 set with its totals of record (table 7's second column, 图7, the text).</summary>
    public required ThreePublicRecord Actual { get; init; }

    /// <summary>
    /// Vehicles bought in the year (all types): from the purchases the unit wrote, or 0 when it wrote none and spent
    /// nothing on 公务用车购置 (a count exists exactly when money was spent, FC1503); otherwise null, not given.
    /// </summary>
    public int? PurchasedCount { get; init; }

    /// <summary>因公出国（境）团组 and 人次: as written, 0 when nothing was spent on 因公出国（境）, otherwise null.</summary>
    public int? OverseasGroups { get; init; }

    public int? OverseasPeople { get; init; }

    /// <summary>国内公务接待批次 and 人次: as written, 0 when nothing was spent on 国内公务接待, otherwise null.</summary>
    public int? DomesticBatches { get; init; }

    public int? DomesticPeople { get; init; }

    /// <summary>外事接待批次 and 人次: as written, 0 when nothing was spent on 外事接待, otherwise null.</summary>
    public int? ForeignBatches { get; init; }

    public int? ForeignPeople { get; init; }

    /// <summary>公务用车保有量 at 12-31 (all types); null when the unit gave no fleet.</summary>
    public int? FleetTotal { get; init; }

    /// <summary>公务用车购置费 and 运行维护费 alone, for the 其中 sentences.</summary>
    public decimal VehiclePurchase => Actual.VehiclePurchase;

    public decimal VehicleOperation => Actual.VehicleOperation;

    public decimal DomesticReception => Actual.DomesticReception;

    public decimal ForeignReception => Actual.ForeignReception;

    /// <summary>
    /// A count the unit did not write is 0 when the money it goes with is given as 0 (no trip without spending), else
    /// unknown; money not given says nothing about the count.
    /// </summary>
    private static int? NoneWhenUnspent(ThreePublicRecord actual, string key, decimal spent) => actual.Gives(key) && spent == 0m ? 0 : null;

    /// <param name="model">The unit's "三公" section (its defaults when not written).</param>
    /// <param name="previous">Last year's 决算 amounts, as far as given.</param>
    /// <param name="given">Whether the unit wrote the section.</param>
    public static ThreePublicFigures From(ThreePublic model, ThreePublicAmounts? previous, bool given)
    {
        ArgumentNullException.ThrowIfNull(model);
        var budget = ThreePublicRecord.Of(model.Budget, "预算数");
        var actual = ThreePublicRecord.Of(model.Actual);
        var before = previous is null || !given ? null : ThreePublicGiven.Of(previous);
        return new ThreePublicFigures(
            new ThreePublicPart("“三公”经费", budget.Total, actual.Total, actual.KnowsTotal ? before?.Total : null)
            {
                // A 合计 summed over parts some of which were not written is not the 合计: no stage prints it or
                // divides by it (text, table 7's 合计 cell, 图7's shares, the batch summary).
                ActualGiven = actual.KnowsTotal,
                BudgetGiven = budget.KnowsTotal && actual.KnowsTotal,
            },
            new ThreePublicPart("因公出国（境）费", budget.Overseas, actual.Overseas, actual.Gives("overseas") ? before?.Overseas : null)
            {
                ActualGiven = actual.Gives("overseas"),
                BudgetGiven = budget.Gives("overseas") && actual.Gives("overseas"),
            },
            new ThreePublicPart("公务用车购置及运行维护费", budget.Vehicles, actual.Vehicles, actual.GivesVehicles ? before?.Vehicles : null)
            {
                ActualGiven = actual.GivesVehicles,
                BudgetGiven = budget.GivesVehicles && actual.GivesVehicles,
            },
            new ThreePublicPart("公务接待费", budget.Receptions, actual.Receptions, actual.GivesReceptions ? before?.Receptions : null)
            {
                ActualGiven = actual.GivesReceptions,
                BudgetGiven = budget.GivesReceptions && actual.GivesReceptions,
            })
        {
            Given = given,
            Budget = budget,
            Actual = actual,
            PurchasedCount = model.Vehicles?.Purchased is { } bought
                ? (bought.Sedan?.Count ?? 0) + (bought.OffRoad?.Count ?? 0) + (bought.Passenger?.Count ?? 0)
                : NoneWhenUnspent(actual, "vehicle_purchase", actual.VehiclePurchase),
            OverseasGroups = model.Overseas?.Groups ?? NoneWhenUnspent(actual, "overseas", actual.Overseas),
            OverseasPeople = model.Overseas?.People ?? NoneWhenUnspent(actual, "overseas", actual.Overseas),
            DomesticBatches = model.Receptions?.DomesticBatches ?? NoneWhenUnspent(actual, "domestic_reception", actual.DomesticReception),
            DomesticPeople = model.Receptions?.DomesticPeople ?? NoneWhenUnspent(actual, "domestic_reception", actual.DomesticReception),
            ForeignBatches = model.Receptions?.ForeignBatches ?? NoneWhenUnspent(actual, "foreign_reception", actual.ForeignReception),
            ForeignPeople = model.Receptions?.ForeignPeople ?? NoneWhenUnspent(actual, "foreign_reception", actual.ForeignReception),
            FleetTotal = model.Vehicles?.Fleet is { } fleet ? fleet.Sedan + fleet.OffRoad + fleet.Passenger : null,
        };
    }
}
