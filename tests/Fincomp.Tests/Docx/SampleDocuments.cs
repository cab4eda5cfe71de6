using Fincomp.Document;
using Fincomp.Tables;
using Fincomp.Tests.Tables;
using Fincomp.Writers.Docx;
using SkiaSharp;

namespace Fincomp.Tests.Docx;

/// <summary>Documents for the writer tests: one with every block kind, built from the sample's real tables and forms.</summary>
internal static class SampleDocuments
{
    public static ReportDocument EveryBlockKind()
    {
        var unit = SampleUnit.Value;
        var blocks = new List<Block>
        {
            new Heading(HeadingLevel.Title, "四川遂宁高新技术产业园区党群工作部2023年度部门决算"),
            new Paragraph("四川遂宁高新技术产业园区党群工作部", ParagraphStyle.Centered),
            new PageBreak(),
            new Heading(HeadingLevel.Part, "第一部分 单位概况"),
            new Heading(HeadingLevel.Section, "一、主要职责"),
            new Heading(HeadingLevel.Subsection, "（一）收入支出决算总体情况"),
            new Heading(HeadingLevel.Item, "1.一般公共服务支出"),
            new Paragraph([new Run("2023年度收、支总计均为"), new Run("837.44万元", Bold: true), new Run("。")]),
            new Paragraph("（注：数据来源于财决01表。）", ParagraphStyle.Note),
            new Paragraph("单位：万元", ParagraphStyle.Right),
            new Figure("figure1", "图1：收支决算总体情况", Png(400, 240), 400, 240),
            new PageBreak(),
            new Heading(HeadingLevel.Part, "第五部分 附表"),
        };
        blocks.AddRange(StandardTables.For(unit).Select(t => t.Table));
        blocks.Add(PerformanceForms.UnitForm(unit)!);
        blocks.Add(PerformanceForms.ProjectForm(unit, unit.Performance.Projects[0]));
        return new ReportDocument("2023年度部门决算", blocks) { Author = unit.Unit.Name };
    }

    public static byte[] Write(ReportDocument document, DocxOptions? options = null)
    {
        using var output = new MemoryStream();
        new DocxWriter(options ?? new DocxOptions()).Write(document, output);
        return output.ToArray();
    }

    /// <summary>A small deterministic PNG (a bar on white) to stand in for a chart.</summary>
    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.SteelBlue };
            canvas.DrawRect(40, 40, width / 3f, height - 80, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
