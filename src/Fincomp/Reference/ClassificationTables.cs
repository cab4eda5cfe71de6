namespace Fincomp.Reference;

/// <summary>
/// The two tables one unit is checked and labelled with: its year's 支出功能分类 and 部门支出经济分类, with the clerk's
/// additions already merged. <see cref="Year"/> is the unit's year; the tables' own <see cref="ClassificationTable.Year"/>
/// differs when fincomp ships no table for that year and the nearest one stands in (see <see cref="IsStandIn"/>).
/// </summary>
public sealed record ClassificationTables(int Year, ClassificationTable Functional, ClassificationTable Economic)
{
    /// <summary>True when the tables belong to another year than the unit's: the caller must say so to the clerk.</summary>
    public bool IsStandIn => Functional.Year != Year;
}
