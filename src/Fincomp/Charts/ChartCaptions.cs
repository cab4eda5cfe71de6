namespace Fincomp.Charts;

/// <summary>The captions of 图1–图7 exactly as the Sichuan disclosure prints them; the document uses them as alt text too.</summary>
internal static class ChartCaptions
{
    private static readonly string[] Captions =
    [
        "图1：收、支决算总计变动情况图（柱状图）",
        "图2：收入决算结构图（饼状图）",
        "图3：支出决算结构图（饼状图）",
        "图4：财政拨款收、支决算总计变动情况（柱状图）",
        "图5：一般公共预算财政拨款支出决算变动情况（柱状图）",
        "图6：一般公共预算财政拨款支出决算结构（饼状图）",
        "图7：“三公”经费财政拨款支出结构（饼状图）",
    ];

    /// <summary>
    /// The caption of chart <paramref name="number"/> (1–7) printed as 图<paramref name="printed"/>: figures are numbered
    /// in the order the document shows them, so a unit without last year's figures has 图1, 图2, 图3 rather than 图2,
    /// 图3, 图6.
    /// </summary>
    public static string Of(int number, int printed)
    {
        var caption = Of(number);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"图{printed}{caption[caption.IndexOf('：', StringComparison.Ordinal)..]}");
    }

    /// <summary>
    /// The number each of 图1–图7 takes, or would take, in a document that places the charts of <paramref name="present"/>
    /// in the standard order: one more than the charts before it (the 三公 sentence says "无图N" with the number the
    /// missing figure would have had).
    /// </summary>
    public static IReadOnlyList<int> Numbers(IEnumerable<int> present)
    {
        var shown = present.ToHashSet();
        return [.. Enumerable.Range(1, Captions.Length).Select(n => 1 + shown.Count(s => s < n))];
    }

    /// <summary>How many standard charts there are (图1–图7): the one place that number is written.</summary>
    public static int Count => Captions.Length;

    /// <summary>The key templates and file names use for chart <paramref name="number"/>: fig1 … fig7.</summary>
    public static string Key(int number) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fig{number}");

    /// <summary>The caption of 图<paramref name="number"/> (1–<see cref="Count"/>).</summary>
    public static string Of(int number) =>
        number >= 1 && number <= Count ? Captions[number - 1] : throw new ArgumentOutOfRangeException(nameof(number), number, $"图号应为 1–{Count}。");
}
