using System.Globalization;
using System.Text;
using Fincomp.Derivation;
using Fincomp.Model;

namespace Fincomp.Tests.Import;

/// <summary>
/// The figures of a unit that the nine tables carry, as canonical text (7.5 and 7.50 read the same): what an
/// export followed by an import must give back exactly. 公务接待费 is one figure in table 7, so it is compared as one;
/// 人员经费 and 公用经费 are compared as printed, their figures of record.
/// </summary>
internal static class TableFigures
{
    public static string Of(UnitYear unit)
    {
        var text = new StringBuilder();
        void Add(string key, Money? value) => text.Append(key).Append('=').Append(value is { } v ? N(v.Value) : "-").Append('\n');
        void AddValue(string key, decimal value) => text.Append(key).Append('=').Append(N(value)).Append('\n');

        var s = unit.Statement;
        var i = s.Income;
        foreach (var (key, value) in new (string, Money?)[]
        {
            ("general_budget", i.GeneralBudget), ("government_fund", i.GovernmentFund), ("state_capital", i.StateCapital),
            ("superior_subsidy", i.SuperiorSubsidy), ("business", i.Business), ("operating", i.Operating),
            ("affiliate_remittance", i.AffiliateRemittance), ("other", i.Other), ("use_of_non_fiscal_balance", s.UseOfNonFiscalBalance),
            ("opening_balance", s.OpeningBalance), ("basic", s.Expenditure.Basic), ("project", s.Expenditure.Project),
            ("remittance_to_superior", s.Expenditure.RemittanceToSuperior), ("operating_spending", s.Expenditure.Operating),
            ("subsidy_to_affiliates", s.Expenditure.SubsidyToAffiliates), ("balance_distribution", s.BalanceDistribution),
            ("closing_balance", s.ClosingBalance),
        })
        {
            AddValue("statement." + key, value.OrZero());
        }

        foreach (var (key, amounts) in new[] { ("opening", unit.Appropriations.OpeningBalance), ("closing", unit.Appropriations.ClosingBalance) })
        {
            AddValue($"appropriations.{key}.general_budget", amounts?.GeneralBudget.OrZero() ?? 0m);
            AddValue($"appropriations.{key}.government_fund", amounts?.GovernmentFund.OrZero() ?? 0m);
            AddValue($"appropriations.{key}.state_capital", amounts?.StateCapital.OrZero() ?? 0m);
        }

        foreach (var line in unit.Functional.Lines.OrderBy(l => l.Code, StringComparer.Ordinal).ThenBy(l => l.Fund))
        {
            text.Append(CultureInfo.InvariantCulture, $"line {line.Code} {line.Fund} {N(line.Actual.Value)} {N(line.Basic.OrZero())} {N(line.Project.OrZero())}\n");
        }

        // Table 6 lists the 款 with amounts and prints 人员经费 and 公用经费 as their figures of record.
        foreach (var item in unit.BasicExpenditure.Items.Where(x => x.Amount is not null).OrderBy(x => x.Code, StringComparer.Ordinal))
        {
            Add("item " + item.Code, item.Amount);
        }

        var basic = ReportFigures.Of(unit).Basic;
        text.Append("personnel=").Append(basic.Personnel is { } personnel ? N(personnel) : "-").Append('\n');
        text.Append("public=").Append(basic.Public is { } publicCosts ? N(publicCosts) : "-").Append('\n');
        foreach (var (kind, amounts) in new[] { ("budget", unit.ThreePublic.Budget), ("actual", unit.ThreePublic.Actual) })
        {
            AddValue($"three_public.{kind}.overseas", amounts.Overseas.OrZero());
            AddValue($"three_public.{kind}.vehicle_purchase", amounts.VehiclePurchase.OrZero());
            AddValue($"three_public.{kind}.vehicle_operation", amounts.VehicleOperation.OrZero());
            AddValue($"three_public.{kind}.reception", amounts.DomesticReception.OrZero() + amounts.ForeignReception.OrZero());
            AddValue($"three_public.{kind}.total", UnitTotals.ThreePublicTotal(amounts));
        }

        // A source a line does not write is 0 on it, as table 2 prints it.
        foreach (var income in unit.Functional.Income.OrderBy(x => x.Code, StringComparer.Ordinal))
        {
            text.Append("income ").Append(income.Code);
            var columns = Fincomp.Derivation.IncomeByFunction.Columns(income);
            for (var column = 0; column < columns.Count; column++)
            {
                text.Append(' ').Append(columns[column] is { } c ? N(c.Value) : column > 0 ? N(0m) : "-");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string N(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
