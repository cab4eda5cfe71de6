using Fincomp.Derivation;
using Fincomp.Document;
using Fincomp.Model;

namespace Fincomp.Tables;

/// <summary>
/// Table 7, 一般公共预算财政拨款"三公"经费支出决算表, printed vertically (one row per part, 预算数 and 决算数 as
/// columns) so it fits a portrait page. 合计 and the vehicle 小计 are computed from the parts, never copied.
/// </summary>
internal static class ThreePublicTable
{
    public const string Title = "一般公共预算财政拨款“三公”经费支出决算表";

    public static StandardTable Build(UnitYear unit)
    {
        var budget = unit.ThreePublic.Budget;
        var actual = unit.ThreePublic.Actual;
        var rows = new List<TableRow>
        {
            Cells.Row(Cells.Header("项目", 2), Cells.Header("预算数"), Cells.Header("决算数")),
            Cells.Row(Cells.Total(columnSpan: 2), Cells.Amount(UnitTotals.ThreePublicTotal(budget)), Cells.Amount(UnitTotals.ThreePublicTotal(actual))),
            Cells.Row(Cells.Text("因公出国（境）费", 2), Cells.Amount(budget.Overseas.OrZero()), Cells.Amount(actual.Overseas.OrZero())),
            Cells.Row(Cells.Text("公务用车购置及运行维护费", rowSpan: 3), Cells.Text("小计"), Cells.Amount(VehicleTotal(budget)), Cells.Amount(VehicleTotal(actual))),
            Cells.Row(Cells.Text("公务用车购置费"), Cells.Amount(budget.VehiclePurchase.OrZero()), Cells.Amount(actual.VehiclePurchase.OrZero())),
            Cells.Row(Cells.Text("公务用车运行维护费"), Cells.Amount(budget.VehicleOperation.OrZero()), Cells.Amount(actual.VehicleOperation.OrZero())),
            Cells.Row(Cells.Text("公务接待费", 2), Cells.Amount(ReceptionTotal(budget)), Cells.Amount(ReceptionTotal(actual))),
        };

        var isEmpty = UnitTotals.ThreePublicTotal(budget) == 0m && UnitTotals.ThreePublicTotal(actual) == 0m;
        var table = new Table(rows, 1, [30, 24, 18, 18])
        {
            Title = Title,
            UnitLine = StandardTables.UnitLine,
            Note = isEmpty ? EmptyNote.For(unit.Unit.Name, "“三公”经费财政拨款支出") : null,
        };
        return new StandardTable("table7", 7, Title, table, isEmpty);
    }

    private static decimal VehicleTotal(ThreePublicAmounts amounts) => amounts.VehiclePurchase.OrZero() + amounts.VehicleOperation.OrZero();

    private static decimal ReceptionTotal(ThreePublicAmounts amounts) => amounts.DomesticReception.OrZero() + amounts.ForeignReception.OrZero();
}
