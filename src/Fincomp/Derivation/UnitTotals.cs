using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// The totals every other figure starts from. This is the only place they are added up, and each is its figure of
/// record (<see cref="FigureOfRecord"/>): a printed total (<c>statement.declared</c>) that agrees with its parts within
/// rounding is used as printed, and the two sides of a table that balance in the published version balance here too.
/// </summary>
public sealed class UnitTotals
{
    public UnitTotals(UnitYear unit)
        : this(unit, balanceFiscal: true)
    {
    }

    /// <summary>
    /// The totals; with <paramref name="balanceFiscal"/> false the two sides of 财政拨款收入支出决算总表 keep their own
    /// values even where they agree within rounding (<see cref="ReportFigures"/> asks for that when no fund's table can
    /// take the cent that balancing them would move).
    /// </summary>
    internal UnitTotals(UnitYear unit, bool balanceFiscal)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var statement = unit.Statement;
        var income = statement.Income;
        var expenditure = statement.Expenditure;
        var declared = statement.Declared;
        GeneralBudgetIncome = income.GeneralBudget.OrZero();
        GovernmentFundIncome = income.GovernmentFund.OrZero();
        StateCapitalIncome = income.StateCapital.OrZero();
        var fiscalIncome = Summed.Of([income.GeneralBudget, income.GovernmentFund, income.StateCapital]);
        FiscalIncome = fiscalIncome.Value;

        List<SetAsideTotal> setAside = [];
        var unmatched = new List<UnmatchedIdentity>();
        decimal[] sources = [.. new[] { income.GeneralBudget, income.GovernmentFund, income.StateCapital, income.SuperiorSubsidy, income.Business,
            income.Operating, income.AffiliateRemittance, income.Other }.Select(m => m.OrZero())];
        decimal[] types = [.. new[] { expenditure.Basic, expenditure.Project, expenditure.RemittanceToSuperior, expenditure.Operating,
            expenditure.SubsidyToAffiliates }.Select(m => m.OrZero())];

        var lines = unit.Functional.Lines;
        var spent = new[] { Fund.GeneralBudget, Fund.GovernmentFund, Fund.StateCapital }
            .Select(fund => Summed.Of(lines.Where(l => l.Fund == fund).Select(l => (Money?)l.Actual)))
            .ToArray();
        spent[0] = WithSingleClassTotal(spent[0], lines, unit.Functional.DeclaredTotals);
        var fiscalExpenditure = spent[0] + spent[1] + spent[2];

        // 本年收入合计 is printed over the eight sources (table 1) and over 财政拨款收入 and the other five (table 2).
        // 本年支出合计 is printed over the five types (table 1) and the 类 rows (tables 1 and 3), and the text states
        // 财政拨款 spending as its share: a printed 本年支出合计 below the 财政拨款 spending it contains is set aside.
        GrandTotals Grand(bool incomeDeclared, bool expenditureDeclared, ICollection<SetAsideTotal> aside)
        {
            var incomeTotal = Printed(incomeDeclared ? declared?.IncomeTotal : null, fiscalIncome + Summed.Of([income.SuperiorSubsidy,
                income.Business, income.Operating, income.AffiliateRemittance, income.Other]), "本年收入合计", aside, sources, [fiscalIncome.Value, .. sources[3..]]);
            var expenditurePrinted = expenditureDeclared ? declared?.ExpenditureTotal : null;
            var expenditureParts = Summed.Of([expenditure.Basic, expenditure.Project, expenditure.RemittanceToSuperior, expenditure.Operating,
                expenditure.SubsidyToAffiliates]);
            var expenditureTotal = AtLeast(Printed(expenditurePrinted, expenditureParts, "本年支出合计", aside, types, SpendingByClass(unit)),
                expenditurePrinted, expenditureParts, types, fiscalExpenditure.Value, aside);
            decimal[] incomeGrandParts = [incomeTotal.Figure.Value, statement.UseOfNonFiscalBalance.OrZero(), statement.OpeningBalance.OrZero()];
            decimal[] expenditureGrandParts = [expenditureTotal.Figure.Value, statement.BalanceDistribution.OrZero(), statement.ClosingBalance.OrZero()];
            var incomeGrand = Printed(incomeDeclared ? declared?.IncomeGrandTotal : null,
                incomeTotal.Figure + Summed.Of([statement.UseOfNonFiscalBalance, statement.OpeningBalance]), "收入总计", aside, incomeGrandParts);
            var expenditureGrand = Printed(expenditureDeclared ? declared?.ExpenditureGrandTotal : null,
                expenditureTotal.Figure + Summed.Of([statement.BalanceDistribution, statement.ClosingBalance]), "支出总计", aside, expenditureGrandParts);
            var (incomeSide, expenditureSide) = FigureOfRecord.Identity(
                incomeGrand.Figure, incomeGrand.Printed, incomeGrandParts, expenditureGrand.Figure, expenditureGrand.Printed, expenditureGrandParts);
            return new GrandTotals(incomeTotal.Figure.Value, expenditureTotal.Figure.Value, incomeSide, expenditureSide,
                incomeTotal.Printed || incomeGrand.Printed, expenditureTotal.Printed || expenditureGrand.Printed,
                incomeGrand.Printed, expenditureGrand.Printed);
        }

        var grand = Grand(incomeDeclared: true, expenditureDeclared: true, setAside);
        if (FigureOfRecord.Unmatched(grand.IncomeGrand, grand.ExpenditureGrand) && !(grand.IncomeGrandPrinted && grand.ExpenditureGrandPrinted))
        {
            // 收入总计 and 支出总计 agree within rounding but cannot take one value because a printed total adopted on one
            // side cannot be printed over the other side's parts: that side falls back to the sums of its parts
            // everywhere (FC1107 names each printed total set aside), so that the table balances.
            var retries = new[] { (Income: true, Expenditure: false), (Income: false, Expenditure: true) }
                .Where(r => (r.Income || grand.IncomeAdopted) && (r.Expenditure || grand.ExpenditureAdopted));
            foreach (var (useIncome, useExpenditure) in retries)
            {
                var retried = new List<SetAsideTotal>();
                var attempt = Grand(useIncome, useExpenditure, retried);
                if (attempt.IncomeGrand.Value == attempt.ExpenditureGrand.Value)
                {
                    setAside = retried;
                    var blocker = $"收入总计与支出总计须相同，而另一侧只能印出 {Display.FixedAmount(attempt.IncomeGrand.Value)}";
                    AddDropped(setAside, blocker, useIncome ? null : [(declared?.IncomeTotal, "本年收入合计", attempt.Income, sources),
                        (declared?.IncomeGrandTotal, "收入总计", attempt.IncomeGrand.Value, [attempt.Income, statement.UseOfNonFiscalBalance.OrZero(), statement.OpeningBalance.OrZero()])]);
                    AddDropped(setAside, blocker, useExpenditure ? null : [(declared?.ExpenditureTotal, "本年支出合计", attempt.Expenditure, types),
                        (declared?.ExpenditureGrandTotal, "支出总计", attempt.ExpenditureGrand.Value, [attempt.Expenditure, statement.BalanceDistribution.OrZero(), statement.ClosingBalance.OrZero()])]);
                    grand = attempt;
                    break;
                }
            }
        }

        if (!grand.IncomeGrandPrinted && !grand.ExpenditureGrandPrinted && FigureOfRecord.Unmatched(grand.IncomeGrand, grand.ExpenditureGrand))
        {
            unmatched.Add(new UnmatchedIdentity("收入总计", grand.IncomeGrand.Value, "支出总计", grand.ExpenditureGrand.Value, statement.Span));
        }

        IncomeTotal = grand.Income;
        ExpenditureTotal = grand.Expenditure;
        IncomeGrandTotal = grand.IncomeGrand.Value;
        ExpenditureGrandTotal = grand.ExpenditureGrand.Value;

        var opening = Summed.Of(FundParts(unit.Appropriations.OpeningBalance));
        var closing = Summed.Of(FundParts(unit.Appropriations.ClosingBalance));
        FiscalOpeningBalance = opening.Value;
        FiscalClosingBalance = closing.Value;
        var fiscalOpening = FundParts(unit.Appropriations.OpeningBalance).Sum(m => m.OrZero());
        var (fiscalIncomeGrand, fiscalExpenditureGrand) = balanceFiscal
            ? FigureOfRecord.Identity(fiscalIncome + opening, false, [fiscalIncome.Value, fiscalOpening], fiscalExpenditure + closing, false, null)
            : (fiscalIncome + opening, fiscalExpenditure + closing);
        var lifted = Display.Round(fiscalExpenditureGrand.Value - closing.Value);
        var slack = lines.Any(l => l.Fund == Fund.Other) ? 0.01m : 0m;
        if (lifted > Display.Round(fiscalExpenditure.Value) && lifted > Display.Round(ExpenditureTotal) + slack)
        {
            // Balancing would lift 财政拨款 spending above the 本年支出合计 it is part of by more than a printed cent can
            // explain: the two sides keep their own totals (FC1107 tells the clerk) rather than the text stating a part
            // beyond its whole. When every 项 is 财政拨款 there is no other part to explain even a cent: 本年支出合计 is
            // the 财政拨款 spending, and table 3 and the fund tables print the same 项 under one 合计 (a cent lifted
            // here printed 基本支出 7.37 in table 5 and 7.36 in table 3).
            (fiscalIncomeGrand, fiscalExpenditureGrand) = (fiscalIncome + opening, fiscalExpenditure + closing);
        }

        if (FigureOfRecord.Unmatched(fiscalIncomeGrand, fiscalExpenditureGrand))
        {
            unmatched.Add(new UnmatchedIdentity("财政拨款收入总计", fiscalIncomeGrand.Value, "财政拨款支出总计", fiscalExpenditureGrand.Value,
                unit.Appropriations.Span.File is null ? unit.Span : unit.Appropriations.Span));
        }

        FiscalIncomeGrandTotal = fiscalIncomeGrand.Value;
        FiscalExpenditureGrandTotal = fiscalExpenditureGrand.Value;

        // 财政拨款支出总计 taken from the income side: 本年支出合计 is the dependent cell (总计 − 年末结转和结余), and the
        // fund that spent most absorbs the difference, so that every row of the table adds exactly (which is why the
        // identity above puts no condition on the spending side's parts).
        var adjustment = FiscalExpenditureGrandTotal - closing.Value - fiscalExpenditure.Value;
        if (adjustment != 0m)
        {
            var largest = Array.IndexOf(spent, spent.MaxBy(s => s.Value));
            spent[largest] = spent[largest] with { Value = spent[largest].Value + adjustment };
        }

        GeneralBudgetExpenditure = spent[0].Value;
        GovernmentFundExpenditure = spent[1].Value;
        StateCapitalExpenditure = spent[2].Value;
        FiscalExpenditure = GeneralBudgetExpenditure + GovernmentFundExpenditure + StateCapitalExpenditure;
        ThreePublicActual = ThreePublicTotal(unit.ThreePublic.Actual);
        ThreePublicBudget = ThreePublicTotal(unit.ThreePublic.Budget);
        SetAside = setAside;
        Unmatched = unmatched;
    }

    /// <summary>The printed totals that agree with their parts but that the report could not print beside them (FC1107).</summary>
    public IReadOnlyList<SetAsideTotal> SetAside { get; }

    /// <summary>The identities whose two sides agree within rounding but keep two values (FC1107).</summary>
    public IReadOnlyList<UnmatchedIdentity> Unmatched { get; }

    public decimal GeneralBudgetIncome { get; }

    public decimal GovernmentFundIncome { get; }

    public decimal StateCapitalIncome { get; }

    /// <summary>财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营.</summary>
    public decimal FiscalIncome { get; }

    /// <summary>本年收入合计: the eight sources, or the printed figure when it agrees with them.</summary>
    public decimal IncomeTotal { get; }

    /// <summary>收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 (or the printed figure; equal to 支出总计 when they agree within rounding).</summary>
    public decimal IncomeGrandTotal { get; }

    /// <summary>本年支出合计: the five types, or the printed figure when it agrees with them.</summary>
    public decimal ExpenditureTotal { get; }

    /// <summary>支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余 (or the printed figure).</summary>
    public decimal ExpenditureGrandTotal { get; }

    /// <summary>一般公共预算财政拨款支出: the 一般公共预算 项 lines.</summary>
    public decimal GeneralBudgetExpenditure { get; }

    public decimal GovernmentFundExpenditure { get; }

    public decimal StateCapitalExpenditure { get; }

    public decimal FiscalExpenditure { get; }

    public decimal FiscalOpeningBalance { get; }

    public decimal FiscalClosingBalance { get; }

    /// <summary>财政拨款收入总计 = 财政拨款收入 + 年初财政拨款结转和结余.</summary>
    public decimal FiscalIncomeGrandTotal { get; }

    /// <summary>财政拨款支出总计 = 财政拨款支出 + 年末财政拨款结转和结余; equal to the income side when they agree within rounding.</summary>
    public decimal FiscalExpenditureGrandTotal { get; }

    public decimal ThreePublicActual { get; }

    public decimal ThreePublicBudget { get; }

    /// <summary>三公合计 = 出国 + 用车（购置 + 运行维护） + 接待（国内 + 外事）, or the printed 合计 when it agrees with them.</summary>
    public static decimal ThreePublicTotal(ThreePublicAmounts amounts) => ThreePublicRecord.Of(amounts).Total;

    private static (Summed Figure, bool Printed) Printed(Money? printed, Summed parts, string what, ICollection<SetAsideTotal> setAside, params IReadOnlyList<decimal>[] printedParts)
    {
        var figure = FigureOfRecord.Choose(printed, parts, what, setAside, printedParts);
        return (figure, printed is { } p && figure.Value == p.Value && figure.Interval == RoundingInterval.Of(p));
    }

    /// <summary>
    /// A total of record that must not print below a figure printed elsewhere as one of its parts (本年支出合计 and the
    /// 财政拨款 spending it contains, from another table) by more than a printed cent can explain: such an adopted printed
    /// total is set aside for the sum of the parts.
    /// </summary>
    private static (Summed Figure, bool Printed) AtLeast(
        (Summed Figure, bool Printed) chosen, Money? printed, Summed parts, decimal[] printedParts, decimal fiscal, ICollection<SetAsideTotal> setAside)
    {
        if (!chosen.Printed || printed is not { } total || Display.Round(fiscal) <= Display.Round(chosen.Figure.Value) + 0.01m)
        {
            return chosen;
        }

        setAside.Add(new SetAsideTotal("本年支出合计", total, parts.Value, printedParts,
            $"它小于其中的财政拨款支出 {Display.FixedAmount(fiscal)}（各功能分类科目财政拨款决算数之和），报告无法印出大于整体的部分"));
        return (parts, false);
    }

    /// <summary>The 本年收入/支出合计 and 收入/支出总计 of record, and whether a printed figure was adopted on each side.</summary>
    private sealed record GrandTotals(decimal Income, decimal Expenditure, Summed IncomeGrand, Summed ExpenditureGrand,
        bool IncomeAdopted, bool ExpenditureAdopted, bool IncomeGrandPrinted, bool ExpenditureGrandPrinted);

    /// <summary>Records each printed total of a side that fell back to its parts and that differs from what is used.</summary>
    private static void AddDropped(List<SetAsideTotal> setAside, string blocker, (Money? Printed, string What, decimal Used, decimal[] Parts)[]? dropped)
    {
        foreach (var (printed, what, used, parts) in dropped ?? [])
        {
            if (printed is { } total && total.Value != used)
            {
                setAside.Add(new SetAsideTotal(what, total, used, parts, blocker));
            }
        }
    }

    /// <summary>
    /// When every 一般公共预算 line is in one 类, that 类 is the whole of 一般公共预算 spending: its printed total, where it
    /// agrees, is the figure of record of both. A line whose code is not a 项 code (FC1203) is in no 类 the report
    /// prints, so with one the 类 is not the whole.
    /// </summary>
    private static Summed WithSingleClassTotal(Summed spent, IReadOnlyList<FunctionalLine> lines, IReadOnlyList<DeclaredTotal> declared)
    {
        var general = lines.Where(l => l.Fund == Fund.GeneralBudget).ToList();
        var coded = ItemCoded.Of(general, l => l.Code).ToList();
        var classes = coded.Select(l => l.Code.Class).Distinct(StringComparer.Ordinal).ToList();
        return classes is [var only] && coded.Count == general.Count
            && declared.FirstOrDefault(d => d.Code == only) is { } total
            ? FigureOfRecord.Choose(total.Actual, spent)
            : spent;
    }

    /// <summary>The 类 rows 本年支出合计 is printed over in tables 1 and 3: each 类's 项 added up.</summary>
    private static decimal[] SpendingByClass(UnitYear unit) =>
    [
        .. ItemCoded.Of(unit.Functional.Lines, l => l.Code)
            .GroupBy(l => l.Code.Class, l => l.Line, StringComparer.Ordinal)
            .Select(g => g.Sum(l => l.Actual.Value)),
    ];

    private static Money?[] FundParts(FundAmounts? amounts) =>
        amounts is null ? [] : [amounts.GeneralBudget, amounts.GovernmentFund, amounts.StateCapital];
}
