using Fincomp.Derivation;
using Fincomp.Document;
using Fincomp.Model;

namespace Fincomp.Tables;

/// <summary>
/// Table 7, the "三公" table. Sichuan prints 一般公共预算财政拨款"三公"经费支出决算表 vertically (one row per part,
/// 预算数 and 决算数 as columns) so it fits a portrait page; Shanghai prints 财政拨款"三公"经费支出决算表 as its template
/// does, one row with 预算数 and 决算数 under each part. 合计 and the vehicle 小计 are computed from the parts, never
/// copied. A unit that wrote no "三公" section gets the table's frame with blank cells: neither zeros nor the
/// "没有…支出" note, which would state what the unit did not say (check reports FC1003).
/// </summary>
internal static class ThreePublicTable
{
    public const string Title = StandardTableTitles.ThreePublic;

    public static StandardTable Build(ReportFigures figures)
    {
        var unit = figures.Unit;
        var budget = figures.ThreePublic.Budget;
        var actual = figures.ThreePublic.Actual;
        var given = figures.ThreePublic.Given;
        // A 预算数 or 决算数 the unit did not give stays blank rather than read 0.00 (FC1002 names its key); the 预算数
        // and 决算数 合计 are printed only where written or all three parts are given (a sum over the parts written is
        // not the 合计), as the text states the 合计 and its rates only then.
        TableCell Written(bool written, decimal value) => Cells.Amount(given && written ? value : (decimal?)null);
        var shanghai = unit.Settings.TemplatePack.ShanghaiTables();
        var title = shanghai ? StandardTableTitles.ThreePublicShanghai : Title;
        var isEmpty = given && budget.KnowsTotal && actual.KnowsTotal && budget.Total == 0m && actual.Total == 0m;
        var note = isEmpty ? EmptyNote.For(unit.Unit.Name, "“三公”经费财政拨款支出") : null;
        if (shanghai)
        {
            (TableCell Budget, TableCell Actual)[] parts =
            [
                (Written(budget.KnowsTotal, budget.Total), Written(actual.KnowsTotal, actual.Total)),
                (Written(budget.Gives("overseas"), budget.Overseas), Written(actual.Gives("overseas"), actual.Overseas)),
                (Written(budget.GivesVehicles, budget.Vehicles), Written(actual.GivesVehicles, actual.Vehicles)),
                (Written(budget.Gives("vehicle_purchase"), budget.VehiclePurchase), Written(actual.Gives("vehicle_purchase"), actual.VehiclePurchase)),
                (Written(budget.Gives("vehicle_operation"), budget.VehicleOperation), Written(actual.Gives("vehicle_operation"), actual.VehicleOperation)),
                (Written(budget.GivesReceptions, budget.Receptions), Written(actual.GivesReceptions, actual.Receptions)),
            ];
            List<TableRow> across =
            [
                Cells.Row(Cells.Header("财政拨款“三公”经费", 12)),
                Cells.Row(
                    Cells.Header("合计", 2, 2), Cells.Header("因公出国（境）费", 2, 2), Cells.Header("公务用车购置及运行维护费", 6),
                    Cells.Header("公务接待费", 2, 2)),
                Cells.Row(Cells.Header("小计", 2), Cells.Header("公务用车购置费", 2), Cells.Header("公务用车运行维护费", 2)),
                Cells.Row([.. parts.SelectMany(_ => new[] { Cells.Header("预算数"), Cells.Header("决算数") })]),
                Cells.Row([.. parts.SelectMany(p => new[] { p.Budget, p.Actual })]),
            ];
            return new StandardTable(title, new Table(across, 4, [.. Enumerable.Repeat(8, 12)])
            {
                Title = title,
                UnitLine = StandardTables.UnitLine,
                Note = note,
            }, isEmpty);
        }

        var rows = new List<TableRow>
        {
            Cells.Row(Cells.Header("项目", 2), Cells.Header("预算数"), Cells.Header("决算数")),
            Cells.Row(Cells.Total(columnSpan: 2), Written(budget.KnowsTotal, budget.Total), Written(actual.KnowsTotal, actual.Total)),
            Cells.Row(Cells.Text("因公出国（境）费", 2), Written(budget.Gives("overseas"), budget.Overseas), Written(actual.Gives("overseas"), actual.Overseas)),
            Cells.Row(Cells.Text("公务用车购置及运行维护费", rowSpan: 3), Cells.Text("小计"), Written(budget.GivesVehicles, budget.Vehicles), Written(actual.GivesVehicles, actual.Vehicles)),
            Cells.Row(Cells.Text("公务用车购置费"), Written(budget.Gives("vehicle_purchase"), budget.VehiclePurchase), Written(actual.Gives("vehicle_purchase"), actual.VehiclePurchase)),
            Cells.Row(Cells.Text("公务用车运行维护费"), Written(budget.Gives("vehicle_operation"), budget.VehicleOperation), Written(actual.Gives("vehicle_operation"), actual.VehicleOperation)),
            Cells.Row(Cells.Text("公务接待费", 2), Written(budget.GivesReceptions, budget.Receptions), Written(actual.GivesReceptions, actual.Receptions)),
        };

        var table = new Table(rows, 1, [30, 24, 18, 18])
        {
            Title = title,
            UnitLine = StandardTables.UnitLine,
            Note = note,
        };
        return new StandardTable(title, table, isEmpty);
    }
}
