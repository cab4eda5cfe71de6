using Fincomp.Derivation;
using Fincomp.Document;
using Fincomp.Model;
using Fincomp.Model.Performance;

namespace Fincomp.Tables;

/// <summary>
/// 项目支出绩效自评表 on an eleven-column grid (a label column and the ten columns of the 绩效指标 block). The 总额
/// row, 预算执行率, the 预算执行 score (as written, or by the formula the checker uses) and the 合计 row are those of
/// <see cref="ProjectFormFigures"/>, so the form's 合计 is the sum of the scores it prints. The
/// form's head (through 预算执行情况), the indicators' heading row and the first 二级指标 group are kept on one page,
/// so is each later group, and the last group with the closing rows.
/// </summary>
internal static class ProjectFormTable
{
    private const int Columns = 11;

    public static Table Build(UnitYear unit, ProjectFormFigures figures)
    {
        var project = figures.Project;
        var rows = new List<TableRow>
        {
            Cells.Row(Cells.Header("项目名称"), Cells.Text(project.Code is null ? project.Name : $"{project.Code}-{project.Name}", Columns - 1)),
            Cells.Row(Cells.Header("主管部门"), Cells.Text(project.Department, 4), Cells.Header("实施单位（盖章）", 2), Cells.Text(project.Implementer, 4)),
            Cells.Row(Cells.Header("项目基本情况", rowSpan: 4), Cells.Header("1.项目年度目标完成情况", Columns - 1)),
            Cells.Row(Cells.Header("项目年度目标", 5), Cells.Header("年度目标完成情况", 5)),
            Cells.Row(Cells.Text(project.AnnualGoal, 5), Cells.Text(project.GoalCompletion, 5)),
            Cells.Row(Cells.Header("2.项目实施内容及过程概述", 3), Cells.Text(project.Implementation, 7)),
        };
        AddBudget(rows, figures);
        var head = rows.Count;
        AddIndicators(rows, project.Indicators);

        // The head stays with the indicators' heading row and the first 二级指标 group (see UnitFormTable).
        var indicators = project.Indicators;
        var firstGroup = indicators.TakeWhile(x => x.Level1 == indicators[0].Level1 && x.Level2 == indicators[0].Level2).Count();
        Cells.KeepTogether(rows, 0, head + firstGroup);

        var closing = rows.Count;
        rows.Add(Cells.Row(Cells.Total(columnSpan: 8), Cells.Number(figures.Weight), Cells.Number(figures.Score), Cells.Text(string.Empty)));
        rows.Add(Cells.Row(Cells.Header("评价结论"), Cells.Text(project.Conclusion, Columns - 1)));
        rows.Add(Cells.Row(Cells.Header("存在问题"), Cells.Text(project.Problems, Columns - 1)));
        rows.Add(Cells.Row(Cells.Header("改进措施"), Cells.Text(project.Measures, Columns - 1)));
        rows.Add(Cells.Row(Cells.Text($"项目负责人：{project.ProjectLeader}", 5), Cells.Text($"财务负责人：{project.FinanceLeader}", 6)));

        // The closing rows (合计 to the signatures) stay with the last indicator row, and through its group's chain
        // with the whole last group, so they are never left alone on the form's last page.
        Cells.KeepTogether(rows, closing - 1, rows.Count - 1);

        // Every number stays on one line in the widest face a PDF conversion puts in for Times New Roman (DejaVu
        // Serif): the three amount columns and the rate column hold 9,999.99 and 100.00%, the three columns on their
        // right (权重 and 得分 of the budget rows, 完成值, 权重 and 得分 of the indicators) 100.00, and the label
        // column 项目名称, the two columns after it 其中：财政资金. 一级指标 and 二级指标 wrap two characters a line so
        // that 未完成原因分析 holds five, which a reason needs to be read.
        return new Table(rows, 0, [19, 11, 11, 21, 21, 21, 21, 17, 17, 17, 24])
        {
            Title = $"部门预算项目支出绩效自评表（{unit.Unit.Year}年度）",
            UnitLine = StandardTables.UnitLine,
        };
    }

    private static void AddBudget(List<TableRow> rows, ProjectFormFigures figures)
    {
        var budget = figures.Project.Budget;
        (string Name, BudgetExecutionRow? Row)[] funds =
        [
            ("其中：财政资金", budget?.Fiscal), ("财政专户管理资金", budget?.SpecialAccount),
            ("单位资金", budget?.UnitFunds), ("其他资金", budget?.Other),
        ];
        rows.Add(Cells.Row(
            Cells.Header("预算执行情况（10分）", rowSpan: funds.Length + 2), Cells.Header("年度预算数（万元）", 2), Cells.Header("年初预算"),
            Cells.Header("调整后预算数"), Cells.Header("预算执行数"), Cells.Header("预算执行率"), Cells.Header("权重"),
            Cells.Header("得分"), Cells.Header("原因", 2)));

        rows.Add(Cells.Row(
            Cells.Centered("总额", 2), Cells.Amount(figures.Initial), Cells.Amount(figures.Adjusted), Cells.Amount(figures.Executed),
            Rate(figures.Adjusted, figures.Executed), Cells.Number(budget?.Weight), Cells.Number(figures.BudgetScore), Cells.Text(budget?.Reason, 2)));
        foreach (var (name, row) in funds)
        {
            rows.Add(Cells.Row(
                Cells.Centered(name, 2), Cells.Amount(row?.Initial?.Value), Cells.Amount(row?.Adjusted?.Value),
                Cells.Amount(row?.Executed?.Value), Rate(row?.Adjusted?.Value, row?.Executed?.Value),
                Cells.Centered("/"), Cells.Centered("/"), Cells.Text(string.Empty, 2)));
        }
    }

    /// <summary>执行数 / 调整后预算数; "—" against a zero 调整后预算数 (there is no rate, and 0.00% would state one).</summary>
    private static TableCell Rate(decimal? adjusted, decimal? executed)
    {
        if (adjusted is not { } a || executed is not { } e)
        {
            return Cells.Centered(string.Empty);
        }

        return Cells.Centered(Display.Percent(e, a) is { } p ? $"{Display.TablePercent(p)}%" : "—");
    }

    private static void AddIndicators(List<TableRow> rows, IReadOnlyList<ProjectIndicator> indicators)
    {
        rows.Add(Cells.Row(
            Cells.Header("绩效指标（90分）", rowSpan: indicators.Count + 1), Cells.Header("一级指标"), Cells.Header("二级指标"),
            Cells.Header("三级指标"), Cells.Header("指标性质"), Cells.Header("指标值"), Cells.Header("度量单位"), Cells.Header("完成值"),
            Cells.Header("权重"), Cells.Header("得分"), Cells.Header("未完成原因分析")));
        var groupEnd = 0;
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var cells = new List<TableCell>();
            if (i == 0 || indicators[i - 1].Level1 != indicator.Level1)
            {
                var span = indicators.Skip(i).TakeWhile(x => x.Level1 == indicator.Level1).Count();
                cells.Add(Cells.Centered(indicator.Level1, rowSpan: span));
            }

            if (i == 0 || indicators[i - 1].Level1 != indicator.Level1 || indicators[i - 1].Level2 != indicator.Level2)
            {
                var span = indicators.Skip(i).TakeWhile(x => x.Level1 == indicator.Level1 && x.Level2 == indicator.Level2).Count();
                cells.Add(Cells.Centered(indicator.Level2, rowSpan: span));
                groupEnd = rows.Count + span - 1;
            }

            cells.Add(Cells.Text(indicator.Name));
            cells.Add(Cells.Centered(IndicatorNatureText.Of(indicator.Nature)));
            cells.Add(Cells.Centered(indicator.Target));
            cells.Add(Cells.Centered(indicator.Unit));
            cells.Add(Cells.Centered(indicator.Achieved));
            cells.Add(Cells.Number(indicator.Weight));
            cells.Add(Cells.Number(indicator.Score));
            cells.Add(Cells.Text(indicator.Reason));
            rows.Add(new TableRow(cells, KeepWithNext: rows.Count < groupEnd));
        }
    }
}
