using System.Globalization;
using Fincomp.Derivation;
using Fincomp.Document;

namespace Fincomp.Tables;

/// <summary>
/// 部门决算单位构成 as the Shanghai template prints it: 序号, 单位名称, 备注, one row per unit in
/// profile.organization.budget_units. Not one of the nine standard tables: it has no title and no amounts.
/// </summary>
internal static class BudgetUnitsTable
{
    /// <summary>The directive argument that places it: "::: table budget_units".</summary>
    public const string Key = "budget_units";

    public static Table Build(ReportFigures figures)
    {
        var units = figures.Unit.Profile.Organization.BudgetUnits;
        var rows = new List<TableRow> { Cells.Row(Cells.Header("序号"), Cells.Header("单位名称"), Cells.Header("备注")) };
        rows.AddRange(units.Select((u, i) => Cells.Row(
            Cells.Centered((i + 1).ToString(CultureInfo.InvariantCulture)), Cells.Text(u.Name), Cells.Text(u.Note))));
        return new Table(rows, 1, [10, 60, 30]);
    }
}
