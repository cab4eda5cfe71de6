using Fincomp.Charts;
using Fincomp.Document;
using Fincomp.Tables;
using Fincomp.Tests.Charts;
using Fincomp.Writers.Html;

namespace Fincomp.Tests.Html;

/// <summary>Documents for the writer tests: one with every block kind and awkward text, and one built from the sample.</summary>
internal static class HtmlDocuments
{
    public static readonly byte[] Png = TinyPng.Solid(40, 30, 0xC0, 0x30, 0x30);

    /// <summary>Every block kind once or more; text with markup characters, quotes and a line break.</summary>
    public static ReportDocument EveryBlock() => new(
        "某单位2023年度单位决算 <公开> & 说明",
        [
            new Heading(HeadingLevel.Title, "某单位2023年度单位决算"),
            new Paragraph("某单位", ParagraphStyle.Centered),
            new PageBreak(),
            new Heading(HeadingLevel.Part, "第一部分 单位概况"),
            new Heading(HeadingLevel.Section, "一、主要职责"),
            new Paragraph([new Run("收入<支出 & 结余"), new Run("（重点）", Bold: true)]),
            new Heading(HeadingLevel.Subsection, "（一）总体情况"),
            new Heading(HeadingLevel.Item, "1.一般公共服务支出"),
            new Paragraph("第一行\r\n第二行", ParagraphStyle.Note),
            new Paragraph("图1 说明", ParagraphStyle.Caption),
            new Paragraph("单位：万元", ParagraphStyle.Right),
            new PageBreak(),
            new Heading(HeadingLevel.Part, "第二部分 决算情况说明"),
            new Heading(HeadingLevel.Section, "二、收入决算情况说明"),
            new Figure("figure1", "图1：收、支决算总计变动情况 \"2023\"", Png, 40, 30),
            SpanningTable(),
        ])
    {
        Author = "某单位 & 下属",
    };

    /// <summary>
    /// Two header rows (项目 spans both; 金额 spans two columns) and a body row whose first cell spans two rows.
    /// </summary>
    public static Table SpanningTable() => new(
        [
            new TableRow([new TableCell("项目", CellAlignment.Center, RowSpan: 2), new TableCell("金额", CellAlignment.Center, ColumnSpan: 2)]),
            new TableRow([new TableCell("决算数", CellAlignment.Center), new TableCell("预算数", CellAlignment.Center)]),
            new TableRow([new TableCell("合计", RowSpan: 2, Bold: true), new TableCell("1,234.56", CellAlignment.Right), new TableCell("1,000.00", CellAlignment.Right)]),
            new TableRow([new TableCell("<其中>", CellAlignment.Right), new TableCell(string.Empty, CellAlignment.Right)]),
        ],
        HeaderRows: 2,
        ColumnWeights: [2, 1, 1])
    {
        Title = "收入支出决算总表",
        UnitLine = "单位：万元",
        Note = "说明：本单位本年度没有政府性基金收入 & 支出。",
    };

    /// <summary>
    /// The sample unit as a page: a title, a part with its rendered charts (图1–图7 as the catalogue gives them),
    /// and a part with the nine standard tables, each part after a page break.
    /// </summary>
    public static ReportDocument Sample()
    {
        var unit = ChartSamples.Dangqun;
        var renderer = new ChartRenderer(new ChartRenderOptions());
        var blocks = new List<Block>
        {
            new Heading(HeadingLevel.Title, unit.Unit.Name + "2023年度单位决算"),
            new PageBreak(),
            new Heading(HeadingLevel.Part, "第二部分 2023年度单位决算情况说明"),
        };
        foreach (var spec in ChartCatalog.For(unit))
        {
            var chart = renderer.Render(spec);
            blocks.Add(new Heading(HeadingLevel.Section, spec.Title));
            blocks.Add(new Figure(spec.Key, spec.Caption, chart.Png, chart.PixelWidth, chart.PixelHeight));
        }

        blocks.Add(new PageBreak());
        blocks.Add(new Heading(HeadingLevel.Part, "第五部分 附表"));
        foreach (var table in StandardTables.For(unit))
        {
            blocks.Add(new Heading(HeadingLevel.Section, $"{table.Number}. {table.Title}"));
            blocks.Add(table.Table);
        }

        return new ReportDocument(unit.Unit.Name + "2023年度单位决算", blocks) { Author = unit.Unit.Name };
    }

    public static string Write(ReportDocument document, HtmlOptions? options = null) =>
        System.Text.Encoding.UTF8.GetString(WriteBytes(document, options));

    public static byte[] WriteBytes(ReportDocument document, HtmlOptions? options = null)
    {
        using var stream = new MemoryStream();
        new HtmlWriter(options ?? new HtmlOptions()).Write(document, stream);
        return stream.ToArray();
    }
}
