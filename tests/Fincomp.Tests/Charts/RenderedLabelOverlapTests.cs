using System.Globalization;
using System.Text.RegularExpressions;
using Fincomp.Charts;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Charts;

/// <summary>
/// The charts as drawn, not as planned: generated structures of 1–40 parts and year-on-year comparisons of one or two
/// categories (as 图1, 图4 and 图5 have) with amounts from a cent to 99,999.99 万元 are rendered, every text's box is
/// read from the SVG the renderer writes with the PNG (the glyph positions ScottPlot laid out), and no two texts
/// overlap, the legend covers no value label and no bar, and nothing leaves the picture.
/// </summary>
public sealed partial class RenderedLabelOverlapTests
{
    private const double Width = 1181;
    private const double Height = 760;

    private static readonly ChartRenderer Renderer = new(new ChartRenderOptions());

    public static TheoryData<int> PartCounts() => new(Enumerable.Range(1, 40));

    [Theory]
    [MemberData(nameof(PartCounts))]
    public void A_pie_of_n_parts_has_no_overlapping_label(int parts)
    {
        var random = new Random(parts);
        var points = Enumerable.Range(0, parts)
            .Select(i => new ChartPoint(Names[i % Names.Length], Amount(random)))
            .ToList();
        var spec = new ChartSpec("fig6", 6, "图6：结构", "2023年度一般公共预算财政拨款支出决算结构", ChartKind.Pie, [new ChartSeries("2023年度", points)]);

        AssertApart(Renderer.Render(spec).Svg, [.. points.Select(p => p.Label), "其他（"]);
    }

    [Theory]
    [InlineData(1, 891.59, 837.44)]
    [InlineData(2, 722.5, 806.4)]
    [InlineData(2, 0.01, 1250.5)]
    [InlineData(2, 9999.99, 9876.54)]
    [InlineData(1, 99999.99, 12345.67)]
    [InlineData(1, 0, 0.72)]
    [InlineData(2, 58.2, 0)]
    public void A_comparison_has_no_label_under_the_legend(int categories, double previous, double current)
    {
        string[] names = ["收入总计", "支出总计"];
        ChartSeries Series(string year, double amount) =>
            new(year, names.Take(categories).Select((n, i) => new ChartPoint(n, Math.Round((decimal)amount * (i + 1) / categories, 2))).ToList());
        var spec = new ChartSpec("fig1", 1, "图1：变动情况", "收、支决算总计变动情况", ChartKind.Bar, [Series("2022年度", previous), Series("2023年度", current)]);

        AssertApart(Renderer.Render(spec).Svg, ["2022年度", "2023年度"]);
    }

    /// <summary>The 28 类 names of the 2026 functional classification, the parts 图2, 图3 and 图6 are made of.</summary>
    private static readonly string[] Names = File.ReadLines(Path.Combine(TestPaths.RepositoryRoot, "src", "Fincomp", "Reference", "Data", "functional-2026.tsv"))
        .Select(line => line.Split('\t'))
        .Where(fields => fields.Length > 1 && fields[0].Length == 3 && fields[0].All(char.IsAsciiDigit))
        .Select(fields => fields[1])
        .ToArray();

    /// <summary>
    /// Amounts from 0.02 to 1,000 万元, spread over five orders of magnitude so that some parts are slivers next to the
    /// largest.
    /// </summary>
    private static decimal Amount(Random random) => Math.Round((decimal)Math.Pow(10, random.NextDouble() * 5 - 2), 2) + 0.01m;

    private static void AssertApart(string svg, IReadOnlyList<string> legendLabels)
    {
        var texts = Texts(svg);
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.True(t.Box.Left >= -1 && t.Box.Right <= Width + 1 && t.Box.Top >= -1 && t.Box.Bottom <= Height + 1, $"\"{t.Text}\" leaves the picture: {t.Box}"));
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                Assert.False(texts[i].Box.Intersects(texts[j].Box), $"\"{texts[i].Text}\" {texts[i].Box} overlaps \"{texts[j].Text}\" {texts[j].Box}");
            }
        }

        var legend = texts.Where(t => legendLabels.Any(l => t.Text.StartsWith(l, StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(legend);
        // The legend's box: its texts, the colour swatches to their left and the frame around them.
        var area = new Box(legend.Min(t => t.Box.Left) - 50, legend.Min(t => t.Box.Top) - 10, legend.Max(t => t.Box.Right) + 10, legend.Max(t => t.Box.Bottom) + 10);
        Assert.All(texts.Except(legend), t => Assert.False(area.Intersects(t.Box), $"the legend {area} covers \"{t.Text}\" {t.Box}"));
        Assert.All(Bars(svg), bar => Assert.False(area.Intersects(bar), $"the legend {area} covers a bar {bar}"));
    }

    private sealed record Box(double Left, double Top, double Right, double Bottom)
    {
        public bool Intersects(Box other) =>
            Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
    }

    /// <summary>
    /// Each text's box: from the first glyph's position to the last glyph's plus its advance (a full em for a Chinese
    /// character, 0.6 em otherwise), and from the ascent (0.8 em above the baseline) to the descent (0.2 em below).
    /// </summary>
    private static List<(string Text, Box Box)> Texts(string svg) => SvgText().Matches(svg).Select(m =>
    {
        var (x, y, size) = (Number(m.Groups["tx"].Value), Number(m.Groups["ty"].Value), Number(m.Groups["size"].Value));
        var xs = m.Groups["xs"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Number).ToList();
        var baseline = y + Number(m.Groups["ys"].Value.Split(',')[0].Trim());
        var text = m.Groups["text"].Value.Trim();
        var last = text.Length == 0 ? 0.0 : text[^1] > '\u2E80' ? size : size * 0.6;
        return (text, new Box(x + xs.Min(), baseline - size * 0.8, x + xs.Max() + last, baseline + size * 0.2));
    }).Where(t => t.text.Length > 0).ToList();

    /// <summary>
    /// The filled bars: rectangles with a colour (not the white background or the frame) wider than the legend's
    /// 20-pixel colour swatches.
    /// </summary>
    private static IEnumerable<Box> Bars(string svg) => BarRect().Matches(svg)
        .Where(m => Number(m.Groups["w"].Value) > 30)
        .Select(m =>
        {
            var (x, y) = (Number(m.Groups["x"].Value), Number(m.Groups["y"].Value));
            return new Box(x, y, x + Number(m.Groups["w"].Value), y + Number(m.Groups["h"].Value));
        });

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex("<text[^>]*?transform=\"translate\\((?<tx>[-0-9.]+) (?<ty>[-0-9.]+)\\)\"[^>]*?font-size=\"(?<size>[0-9.]+)\"[^>]*?x=\"(?<xs>[^\"]*)\" y=\"(?<ys>[^\"]*)\">(?<text>[^<]*)</text>")]
    private static partial Regex SvgText();

    [GeneratedRegex("<rect fill=\"#[0-9A-Fa-f]{6}\" x=\"(?<x>[-0-9.]+)\" y=\"(?<y>[-0-9.]+)\" width=\"(?<w>[0-9.]+)\" height=\"(?<h>[0-9.]+)\"/>")]
    private static partial Regex BarRect();
}
