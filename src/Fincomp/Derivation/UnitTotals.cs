using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// The totals every other figure starts from, summed from the unit's parts. This is the only place they are added up;
/// what the clerk declared is never used in their place.
/// </summary>
public sealed class UnitTotals
{
    public UnitTotals(UnitYear unit)
    {
        var income = unit.Statement.Income;
        var expenditure = unit.Statement.Expenditure;
        GeneralBudgetIncome = income.GeneralBudget.OrZero();
        GovernmentFundIncome = income.GovernmentFund.OrZero();
        StateCapitalIncome = income.StateCapital.OrZero();
        FiscalIncome = GeneralBudgetIncome + GovernmentFundIncome + StateCapitalIncome;
        IncomeTotal = FiscalIncome + income.SuperiorSubsidy.OrZero() + income.Business.OrZero() + income.Operating.OrZero()
            + income.AffiliateRemittance.OrZero() + income.Other.OrZero();
        IncomeGrandTotal = IncomeTotal + unit.Statement.UseOfNonFiscalBalance.OrZero() + unit.Statement.OpeningBalance.OrZero();
        ExpenditureTotal = expenditure.Basic.OrZero() + expenditure.Project.OrZero() + expenditure.RemittanceToSuperior.OrZero()
            + expenditure.Operating.OrZero() + expenditure.SubsidyToAffiliates.OrZero();
        ExpenditureGrandTotal = ExpenditureTotal + unit.Statement.BalanceDistribution.OrZero() + unit.Statement.ClosingBalance.OrZero();

        var lines = unit.Functional.Lines;
        GeneralBudgetExpenditure = SumActual(lines, Fund.GeneralBudget);
        GovernmentFundExpenditure = SumActual(lines, Fund.GovernmentFund);
        StateCapitalExpenditure = SumActual(lines, Fund.StateCapital);
        FiscalExpenditure = GeneralBudgetExpenditure + GovernmentFundExpenditure + StateCapitalExpenditure;
        FiscalOpeningBalance = SumFunds(unit.Appropriations.OpeningBalance);
        FiscalClosingBalance = SumFunds(unit.Appropriations.ClosingBalance);
        FiscalIncomeGrandTotal = FiscalIncome + FiscalOpeningBalance;
        FiscalExpenditureGrandTotal = FiscalExpenditure + FiscalClosingBalance;
        ThreePublicActual = ThreePublicTotal(unit.ThreePublic.Actual);
        ThreePublicBudget = ThreePublicTotal(unit.ThreePublic.Budget);
    }

    public decimal GeneralBudgetIncome { get; }

    public decimal GovernmentFundIncome { get; }

    public decimal StateCapitalIncome { get; }

    /// <summary>财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营.</summary>
    public decimal FiscalIncome { get; }

    /// <summary>本年收入合计: the eight sources.</summary>
    public decimal IncomeTotal { get; }

    /// <summary>收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余.</summary>
    public decimal IncomeGrandTotal { get; }

    /// <summary>本年支出合计: the five types.</summary>
    public decimal ExpenditureTotal { get; }

    /// <summary>支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余.</summary>
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

    /// <summary>财政拨款支出总计 = 财政拨款支出 + 年末财政拨款结转和结余.</summary>
    public decimal FiscalExpenditureGrandTotal { get; }

    public decimal ThreePublicActual { get; }

    public decimal ThreePublicBudget { get; }

    /// <summary>三公合计 = 出国 + 用车（购置 + 运行维护） + 接待（国内 + 外事）.</summary>
    public static decimal ThreePublicTotal(ThreePublicAmounts amounts) =>
        amounts.Overseas.OrZero() + amounts.VehiclePurchase.OrZero() + amounts.VehicleOperation.OrZero()
        + amounts.DomesticReception.OrZero() + amounts.ForeignReception.OrZero();

    private static decimal SumActual(IReadOnlyList<FunctionalLine> lines, Fund fund)
    {
        var sum = 0m;
        foreach (var line in lines)
        {
            if (line.Fund == fund)
            {
                sum += line.Actual.Value;
            }
        }

        return sum;
    }

    private static decimal SumFunds(FundAmounts? amounts) =>
        amounts is null ? 0m : amounts.GeneralBudget.OrZero() + amounts.GovernmentFund.OrZero() + amounts.StateCapital.OrZero();
}
