namespace Fincomp.Import;

/// <summary>
/// Tables 1 and 4 print income on the left and spending on the right, each side a 项目 column followed by its amount
/// column(s), with or without a 行次 column between. This finds the two label columns and the first amount column of each side.
/// </summary>
internal sealed record TwoSidedTable(int LeftLabel, int LeftAmount, int RightLabel, int? RightAmount)
{
    public static TwoSidedTable? Of(TableReader reader)
    {
        var layout = reader.Layout;
        var labels = layout.Columns(l => l.Split('/')[^1] is "项目" or "收入项目" or "支出项目" || l.EndsWith("项目", StringComparison.Ordinal));
        if (labels.Count < 2)
        {
            reader.Column("收入、支出两侧的“项目”", _ => false);
            return null;
        }

        int? AmountAfter(int column, int before) =>
            layout.Columns(l => IsAmount(l)).Where(c => c > column && c < before).Cast<int?>().FirstOrDefault();

        var leftAmount = AmountAfter(labels[0], labels[1]);
        if (leftAmount is null)
        {
            reader.Column("收入决算数", _ => false);
            return null;
        }

        return new TwoSidedTable(labels[0], leftAmount.Value, labels[1], AmountAfter(labels[1], int.MaxValue));
    }

    private static bool IsAmount(string label)
    {
        var leaf = label.Split('/')[^1];
        return leaf.Contains("决算", StringComparison.Ordinal) || leaf.Contains("金额", StringComparison.Ordinal)
            || leaf.Contains("本年数", StringComparison.Ordinal) || leaf is "合计" or "年度决算数";
    }
}
