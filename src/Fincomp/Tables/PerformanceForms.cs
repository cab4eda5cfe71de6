using Fincomp.Derivation;
using Fincomp.Document;
using Fincomp.Model;
using Fincomp.Model.Performance;

namespace Fincomp.Tables;

/// <summary>
/// The self-evaluation forms of 第四部分 附件 as tables with merged cells, in the layout of the Sichuan forms. Every
/// sum on a form (资金总额, 总额 row, 执行率, 合计) is computed from its parts, never copied from the file.
/// </summary>
internal static class PerformanceForms
{
    /// <summary>部门整体支出绩效目标自评表, or null when the unit report has no form.</summary>
    public static Table? UnitForm(UnitYear unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Performance.UnitReport?.Form is { } form ? UnitFormTable.Build(unit, form) : null;
    }

    /// <summary>项目支出绩效自评表 of one project.</summary>
    public static Table ProjectForm(UnitYear unit, ProjectReport project)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(project);
        return ProjectFormTable.Build(unit, ProjectFormFigures.Of(project));
    }

    /// <summary>项目支出绩效自评表 of the project at <paramref name="index"/> (0-based), from the derived figures.</summary>
    public static Table ProjectForm(ReportFigures figures, int index)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return ProjectFormTable.Build(figures.Unit, figures.ProjectForms[index]);
    }
}
