using Fincomp.Document;
using Fincomp.Model;
using Fincomp.Model.Performance;

namespace Fincomp.Tables;

/// <summary>
/// 部门整体支出绩效目标自评表 on a nine-column grid: a label column, then 一级/二级指标, the 三级指标 number and
/// name, 绩效指标性质, 指标值, 度量单位 and 权重. A group's 二级指标 and 权重 cells span its 三级指标 rows, and
/// consecutive groups with the same 一级指标 share one cell; a blank 一级指标 is the one its 二级指标 belongs to
/// (<see cref="IndicatorLevels"/>). A target written with its sign (≥2) prints the sign as its nature. The form's head
/// (up to the last 年度主要任务), the indicators' heading row and the first 二级指标 group are kept on one page, and
/// so is each later group.
/// </summary>
internal static class UnitFormTable
{
    private const int Columns = 9;

    public static Table Build(UnitYear unit, UnitForm form)
    {
        var rows = new List<TableRow>
        {
            Cells.Row(Cells.Header("部门名称"), Cells.Text(form.UnitName ?? unit.Unit.Name, Columns - 1)),
        };
        AddBudget(rows, form.Budget);
        rows.Add(Cells.Row(Cells.Header("年度总体目标"), Cells.Text(form.OverallGoal, Columns - 1)));
        AddTasks(rows, form.Tasks);
        var head = rows.Count;
        AddIndicators(rows, form.IndicatorGroups);

        // The head stays with the indicators' heading row and the first group, so a form that cannot show its first
        // indicators at the foot of a page starts on the next one rather than leaving its head there alone.
        var firstGroup = form.IndicatorGroups.Count > 0 ? form.IndicatorGroups[0].Indicators.Count : 0;
        Cells.KeepTogether(rows, 0, head + firstGroup);
        var weights = form.IndicatorGroups.Sum(g => g.Weight ?? 0m);
        rows.Add(Cells.Row(Cells.Total(columnSpan: Columns - 1), Cells.Number(weights)));

        return new Table(rows, 0, [11, 9, 11, 4, 23, 8, 14, 10, 8])
        {
            Title = $"部门整体支出绩效目标自评表（{unit.Unit.Year}年度）",
            UnitLine = StandardTables.UnitLine,
        };
    }

    private static void AddBudget(List<TableRow> rows, FormBudget? budget)
    {
        var fiscal = budget?.Fiscal?.Value;
        var other = budget?.Other?.Value;
        decimal? total = budget is null ? null : (fiscal ?? 0m) + (other ?? 0m);
        rows.Add(Cells.Row(Cells.Header("年度部门整体支出预算", rowSpan: 2), Cells.Header("资金总额", 4), Cells.Header("财政拨款", 2), Cells.Header("其他资金", 2)));
        rows.Add(Cells.Row(
            Cells.Amount(total) with { ColumnSpan = 4, Alignment = CellAlignment.Center },
            Cells.Amount(fiscal) with { ColumnSpan = 2, Alignment = CellAlignment.Center },
            Cells.Amount(other) with { ColumnSpan = 2, Alignment = CellAlignment.Center }));
    }

    private static void AddTasks(List<TableRow> rows, IReadOnlyList<UnitTask> tasks)
    {
        rows.Add(Cells.Row(Cells.Header("年度主要任务", rowSpan: tasks.Count + 1), Cells.Header("任务名称", 3), Cells.Header("主要内容", 5)));
        rows.AddRange(tasks.Select(t => Cells.Row(Cells.Text(t.Name, 3), Cells.Text(t.Content, 5))));
    }

    private static void AddIndicators(List<TableRow> rows, IReadOnlyList<UnitIndicatorGroup> groups)
    {
        var count = groups.Sum(g => g.Indicators.Count);
        rows.Add(Cells.Row(
            Cells.Header("年度绩效指标", rowSpan: count + 1), Cells.Header("一级指标"), Cells.Header("二级指标"),
            Cells.Header("三级指标", 2), Cells.Header("绩效指标性质"), Cells.Header("绩效指标值"), Cells.Header("绩效度量单位"), Cells.Header("权重")));
        var number = 0;
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var level1 = Level1(group);
            var startsLevel1 = g == 0 || Level1(groups[g - 1]) != level1;
            var level1Rows = startsLevel1
                ? groups.Skip(g).TakeWhile(x => Level1(x) == level1).Sum(x => x.Indicators.Count)
                : 0;
            var first = rows.Count;
            for (var i = 0; i < group.Indicators.Count; i++)
            {
                var indicator = group.Indicators[i];
                number++;
                var cells = new List<TableCell>();
                if (i == 0 && startsLevel1)
                {
                    cells.Add(Cells.Centered(level1, rowSpan: level1Rows));
                }

                if (i == 0)
                {
                    cells.Add(Cells.Centered(group.Level2, rowSpan: group.Indicators.Count));
                }

                cells.Add(Cells.Centered(number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                cells.Add(Cells.Text(indicator.Name));
                var (nature, value) = NatureAndValue(indicator);
                cells.Add(Cells.Centered(nature));
                cells.Add(Cells.Centered(value));
                cells.Add(Cells.Centered(indicator.Unit));
                if (i == 0)
                {
                    cells.Add(Cells.Number(group.Weight) with { RowSpan = group.Indicators.Count });
                }

                rows.Add(new TableRow(cells));
            }

            Cells.KeepTogether(rows, first, rows.Count - 1);
        }
    }

    private static string? Level1(UnitIndicatorGroup group) => group.Level1 ?? IndicatorLevels.Level1For(group.Level2);

    /// <summary>
    /// The nature column and the target: a nature the clerk gave is printed as its sign (定性 for a qualitative one); a
    /// target written with a leading sign and no nature prints that sign as its nature and the rest as its value. Only a
    /// sign before a number ("≥90") is taken apart: any other text is the clerk's and is printed exactly as written.
    /// </summary>
    private static (string? Nature, string? Value) NatureAndValue(UnitIndicator indicator)
    {
        var value = indicator.Value?.Trim();
        var sign = value is { Length: > 1 } && LeadingSigns.Contains(value[0]) && char.IsAsciiDigit(value[1]) ? value[..1] : null;
        if (indicator.Nature is { } nature)
        {
            var text = IndicatorNatureText.Of(nature);
            return (text, sign == text ? value![1..] : value);
        }

        return sign is null ? (null, value) : (Normalize(sign), value![1..]);
    }

    private const string LeadingSigns = "≥≤=≧≦";

    private static string Normalize(string sign) => sign switch
    {
        "≧" => "≥",
        "≦" => "≤",
        _ => sign,
    };
}
