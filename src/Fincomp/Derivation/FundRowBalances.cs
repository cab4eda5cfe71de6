using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// What tables 8 and 9 can soundly print per 类 / 款 / 项 row besides the spending: the 本年收入 of a 项 paid from this
/// fund alone is its income line's 财政拨款收入 (<c>functional.income</c>), when those lines add up to the fund's
/// income as printed; a fund that carried nothing into the year (年初结转和结余 given as 0) carried nothing into any row;
/// and with both known a row's 年末结转和结余 is 年初 + 收入 − 支出, when the rows add up to the fund's closing balance as
/// printed and none is negative. A 项 shared with another fund, or a unit without income lines, leaves the cells blank:
/// the data does not say the fund's part, and "not given" is not 0. 类 and 款 rows sum their 项 when every 项 is known.
/// </summary>
public sealed class FundRowBalances
{
    private static readonly FundRowBalances None = new(new Dictionary<string, Row>(StringComparer.Ordinal));

    private readonly IReadOnlyDictionary<string, Row> _rows;

    private FundRowBalances(IReadOnlyDictionary<string, Row> rows) => _rows = rows;

    /// <summary>A row's 年初结转和结余, 本年收入 and 年末结转和结余; each null where the data does not give it.</summary>
    public readonly record struct Row(decimal? Opening, decimal? Income, decimal? Closing);

    /// <summary>The row for the node with <paramref name="code"/> (类, 款 or 项).</summary>
    public Row For(string code) => _rows.TryGetValue(code, out var row) ? row : default;

    public static FundRowBalances From(UnitYear unit, FunctionalTree tree, Fund fund, decimal income)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(tree);
        var items = Items(tree.Classes).ToList();
        if (items.Count == 0)
        {
            return None;
        }

        var incomes = ItemIncomes(unit, items, fund, income);
        var openingTotal = Part(unit.Appropriations.OpeningBalance, fund);
        var closingTotal = Part(unit.Appropriations.ClosingBalance, fund);
        decimal? opening = openingTotal is { } given && given.Value == 0m ? 0m : null;
        var closings = ItemClosings(items, incomes, opening, closingTotal);

        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        foreach (var node in tree.Classes)
        {
            Add(node, rows, incomes, opening, closings);
        }

        return new FundRowBalances(rows);
    }

    /// <summary>Each 项's income from its income line, or null for all when any 项 is not this fund's alone or the lines do not add up.</summary>
    private static Dictionary<string, decimal>? ItemIncomes(UnitYear unit, List<FunctionalNode> items, Fund fund, decimal income)
    {
        var lines = unit.Functional.Income;
        if (lines.Count == 0)
        {
            return null;
        }

        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var shared = unit.Functional.Lines.Any(l => l.Fund != fund && string.Equals(l.Code, item.Code, StringComparison.Ordinal));
            var line = lines.Where(l => string.Equals(l.Code, item.Code, StringComparison.Ordinal)).ToList();
            if (shared || line.Count != 1 || line[0].Fiscal is not { } fiscal)
            {
                return null;
            }

            result[item.Code] = fiscal.Value;
        }

        return Display.Round(result.Values.Sum()) == Display.Round(income) ? result : null;
    }

    /// <summary>Each 项's closing balance, or null for all when one is negative or they do not add up to the fund's.</summary>
    private static Dictionary<string, decimal>? ItemClosings(List<FunctionalNode> items, Dictionary<string, decimal>? incomes, decimal? opening, Money? closingTotal)
    {
        if (incomes is null || opening is null || closingTotal is not { } total)
        {
            return null;
        }

        var result = items.ToDictionary(i => i.Code, i => opening.Value + incomes[i.Code] - i.Amounts.Actual, StringComparer.Ordinal);
        return result.Values.All(v => v >= 0m) && Display.Round(result.Values.Sum()) == Display.Round(total.Value) ? result : null;
    }

    private static Row Add(FunctionalNode node, Dictionary<string, Row> rows, Dictionary<string, decimal>? incomes, decimal? opening, Dictionary<string, decimal>? closings)
    {
        Row row;
        if (node.Children.Count == 0)
        {
            row = new Row(opening, incomes?[node.Code], closings?[node.Code]);
        }
        else
        {
            var children = node.Children.Select(c => Add(c, rows, incomes, opening, closings)).ToList();
            row = new Row(
                opening,
                children.All(c => c.Income is not null) ? children.Sum(c => c.Income!.Value) : null,
                children.All(c => c.Closing is not null) ? children.Sum(c => c.Closing!.Value) : null);
        }

        rows[node.Code] = row;
        return row;
    }

    private static IEnumerable<FunctionalNode> Items(IEnumerable<FunctionalNode> nodes) =>
        nodes.SelectMany(n => n.Children.Count == 0 ? [n] : Items(n.Children));

    private static Money? Part(FundAmounts? amounts, Fund fund) => fund switch
    {
        Fund.GovernmentFund => amounts?.GovernmentFund,
        Fund.StateCapital => amounts?.StateCapital,
        _ => null,
    };
}
