using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>The statement's sums as rounding-aware quantities, shared by the FC11xx rules.</summary>
internal static class StatementParts
{
    public static Quantity Income(Statement statement)
    {
        var income = statement.Income;
        return Quantity.SumOf("各项收入之和", [income.GeneralBudget, income.GovernmentFund, income.StateCapital, income.SuperiorSubsidy,
            income.Business, income.Operating, income.AffiliateRemittance, income.Other], income.Span);
    }

    public static Quantity Expenditure(Statement statement)
    {
        var expenditure = statement.Expenditure;
        return Quantity.SumOf("各类型支出之和", [expenditure.Basic, expenditure.Project, expenditure.RemittanceToSuperior,
            expenditure.Operating, expenditure.SubsidyToAffiliates], expenditure.Span);
    }

    public static Quantity IncomeGrandTotal(Statement statement) =>
        (statement.Declared?.IncomeTotal is { } declared ? Quantity.Of("本年收入合计", declared) : Income(statement))
            .Plus(Quantity.SumOf("结余", [statement.UseOfNonFiscalBalance, statement.OpeningBalance], statement.Span), "本年收入合计、使用非财政拨款结余与年初结转和结余之和");

    public static Quantity ExpenditureGrandTotal(Statement statement) =>
        (statement.Declared?.ExpenditureTotal is { } declared ? Quantity.Of("本年支出合计", declared) : Expenditure(statement))
            .Plus(Quantity.SumOf("结余", [statement.BalanceDistribution, statement.ClosingBalance], statement.Span), "本年支出合计、结余分配与年末结转和结余之和");
}
