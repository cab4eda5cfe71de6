using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// What table 2 (收入决算表) can soundly print per 功能分类 row, decided once for the table and the checker. With income
/// lines (<c>functional.income</c>) the rows are those lines, each column printed only where its lines add up to the
/// table's 合计 within rounding. Without them, a row's income is known only where the unit's spending is its income:
/// no balance carried into or out of the year (年初、年末结转和结余, 使用非财政拨款结余, 结余分配 none or 0) and the
/// spending of the rows adding up to the income 合计 within rounding, as every sum check judges it (the rounding
/// intervals overlap, and the 合计 can be printed over the 类 rows); otherwise the cells stay blank (a real unit's rows
/// added to 9,759.38 under a 合计 of 9,746.50) and the checker says how to fill them (FC1207). A 项's 其他资金 part is
/// income of the unit's one non-fiscal source when it has exactly one (and the parts add up to it); with several the
/// rows cannot say which, so those cells stay blank and FC1207 asks for the income lines.
/// </summary>
public sealed class IncomeByFunction
{
    /// <summary>The table's seven amount columns: 本年收入合计, 财政拨款收入, 上级补助, 事业, 经营, 附属单位上缴, 其他.</summary>
    public static readonly IReadOnlyList<string> ColumnNames = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"];

    private IncomeByFunction(
        IReadOnlyList<IncomeLine> lines,
        IReadOnlyList<Summed> columnTotals,
        IReadOnlyList<Summed> lineSums,
        bool totalFromSpending,
        bool fiscalFromSpending,
        bool othersNone,
        int? otherSourceColumn,
        bool balancesCarried,
        decimal spending,
        decimal fiscalSpending)
    {
        Lines = lines;
        ColumnTotals = columnTotals;
        LineSums = lineSums;
        TotalFromSpending = totalFromSpending;
        FiscalFromSpending = fiscalFromSpending;
        OthersNone = othersNone;
        OtherSourceColumn = otherSourceColumn;
        BalancesCarried = balancesCarried;
        Spending = spending;
        FiscalSpending = fiscalSpending;
    }

    /// <summary>The 项 income lines the unit wrote, or none.</summary>
    public IReadOnlyList<IncomeLine> Lines { get; }

    public bool Given => Lines.Count > 0;

    /// <summary>The 合计 row's seven columns as the statement gives them (a source not written counts 0).</summary>
    public IReadOnlyList<Summed> ColumnTotals { get; }

    /// <summary>The sums of the income lines per column (zero, exact, where no line gives the column).</summary>
    public IReadOnlyList<Summed> LineSums { get; }

    /// <summary>Without income lines: a row's spending is its 本年收入合计.</summary>
    public bool TotalFromSpending { get; }

    /// <summary>Without income lines: a row's 财政拨款 spending is its 财政拨款收入.</summary>
    public bool FiscalFromSpending { get; }

    /// <summary>The unit had none of the five other income sources, so every row's are 0.</summary>
    public bool OthersNone { get; }

    /// <summary>
    /// Without income lines: the column (index into <see cref="ColumnNames"/>) of the unit's only non-fiscal income
    /// source, which takes every row's 其他资金 spending (the other four print 0), when those parts add up to it; else null.
    /// </summary>
    public int? OtherSourceColumn { get; }

    /// <summary>Without income lines: every row's five non-fiscal sources can be stated (all 0, or the one source).</summary>
    public bool OthersKnown => OthersNone || OtherSourceColumn is not null;

    /// <summary>
    /// The unit carries balances into or out of the year (年初、年末结转和结余, 使用非财政拨款结余, 结余分配, or the
    /// 财政拨款 parts of the balances), so its spending need not be its income.
    /// </summary>
    public bool BalancesCarried { get; }

    /// <summary>The sum of the 项 rows' spending, as the rows print it.</summary>
    public decimal Spending { get; }

    /// <summary>The 财政拨款 part of that spending.</summary>
    public decimal FiscalSpending { get; }

    /// <summary>With income lines: whether <paramref name="column"/>'s lines add up to the 合计 within rounding, so that it prints.</summary>
    public bool ColumnAgrees(int column) =>
        ColumnTotals[column].Interval.Overlaps(LineSums[column].Interval);

    /// <summary>Without income lines: the spending-derived rows cannot state every row's income (the cells stay blank).</summary>
    public bool RowsUnknown => !Given && (!TotalFromSpending || !FiscalFromSpending || !OthersKnown);

    public static IncomeByFunction From(UnitYear unit, UnitTotals totals, FunctionalTree all)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(all);
        var statement = unit.Statement;
        var income = statement.Income;
        var fiscal = Summed.Of([income.GeneralBudget, income.GovernmentFund, income.StateCapital]);
        Money?[] others = [income.SuperiorSubsidy, income.Business, income.Operating, income.AffiliateRemittance, income.Other];
        var incomeTotal = FigureOfRecord.Choose(statement.Declared?.IncomeTotal, fiscal + Summed.Of(others));
        IReadOnlyList<Summed> columnTotals = [incomeTotal with { Value = totals.IncomeTotal }, fiscal, .. others.Select(o => Summed.Of([o]))];
        var lines = unit.Functional.Income;
        IReadOnlyList<Summed> lineSums = [.. Enumerable.Range(0, ColumnNames.Count).Select(c => Summed.Of(lines.Select(l => Columns(l)[c])))];

        // The 项 rows as printed, not the 类 rows: a 类 printing its declared total of record (773.13 over 项 adding to
        // 773.12) is a rounding of the same spending, and the table's 合计 is the 项' sum.
        var items = ItemCoded.Of(unit.Functional.Lines, l => l.Code).Select(l => l.Line).ToList();
        var spending = Summed.Of(items.Select(l => (Money?)l.Actual));
        var fiscalSpending = Summed.Of(items.Where(l => l.Fund != Fund.Other).Select(l => (Money?)l.Actual));
        var otherSpending = Summed.Of(items.Where(l => l.Fund == Fund.Other).Select(l => (Money?)l.Actual));
        var noBalances = new[] { statement.OpeningBalance, statement.ClosingBalance, statement.UseOfNonFiscalBalance, statement.BalanceDistribution }.All(NoneOrZero);
        var sources = Enumerable.Range(0, others.Length).Where(i => !NoneOrZero(others[i])).ToList();
        int? otherSourceColumn = sources.Count == 1
            && Fits(Summed.Of(others[sources[0]]!.Value), otherSpending, all.Classes.Select(Derivation.FiscalSpending.OtherFundsOf))
            ? sources[0] + 2
            : null;
        var appropriations = unit.Appropriations;
        var noFiscalBalances = FundParts(appropriations.OpeningBalance).Concat(FundParts(appropriations.ClosingBalance)).All(NoneOrZero);
        var declaredTotal = statement.Declared?.IncomeTotal;
        var incomeOfRecord = declaredTotal is { } printed && printed.Value == totals.IncomeTotal ? Summed.Of(printed) : fiscal + Summed.Of(others);
        return new IncomeByFunction(
            lines,
            columnTotals,
            lineSums,
            noBalances && Fits(incomeOfRecord with { Value = totals.IncomeTotal }, spending, all.Classes.Select(c => c.Amounts.Actual)),
            noFiscalBalances && Fits(fiscal with { Value = totals.FiscalIncome }, fiscalSpending, all.Classes.Select(Derivation.FiscalSpending.Of)),
            others.All(NoneOrZero),
            otherSourceColumn,
            !noBalances || !noFiscalBalances,
            spending.Value,
            fiscalSpending.Value);
    }

    /// <summary>
    /// True when the rows' spending can stand as their income under the income 合计 of record: equal as printed, or
    /// within rounding of each other (the rounding-interval rule of every sum check), and in either case with the 合计
    /// printable over the 类 rows the table prints (<see cref="FigureOfRecord.Printable"/>: a single 类 a cent off its
    /// 合计 is not, even where its 项 add up to the 合计 and the 类 prints its declared total of record one cent lower).
    /// </summary>
    private static bool Fits(Summed income, Summed spending, IEnumerable<decimal> classRows) =>
        (Display.Round(spending.Value) == Display.Round(income.Value) || income.Interval.Overlaps(spending.Interval))
        && FigureOfRecord.Printable(income.Value, classRows);

    /// <summary>The seven amount columns of an income line, in the table's order.</summary>
    public static IReadOnlyList<Money?> Columns(IncomeLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return [line.Total, line.Fiscal, line.SuperiorSubsidy, line.Business, line.Operating, line.AffiliateRemittance, line.Other];
    }

    private static bool NoneOrZero(Money? money) => money is null || money.Value.Value == 0m;

    private static IEnumerable<Money?> FundParts(FundAmounts? amounts) =>
        amounts is null ? [] : [amounts.GeneralBudget, amounts.GovernmentFund, amounts.StateCapital];
}
