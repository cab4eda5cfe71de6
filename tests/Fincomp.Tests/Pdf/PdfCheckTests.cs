using System.Text;
using Fincomp.Writers.Pdf;
using Xunit;

namespace Fincomp.Tests.Pdf;

/// <summary>The checks a LibreOffice PDF passes before it may replace a report, each with a sound and a broken file.</summary>
public sealed class PdfCheckTests
{
    private const string Title = "某单位2023年度部门决算";

    private static string Hex(string text) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    /// <summary>A small PDF laid out the way LibreOffice writes one (dictionaries uncompressed).</summary>
    private static byte[] Pdf(int counted = 1, string fontFile = "/FontFile2 9 0 R", string title = Title, string outline = "")
    {
        var text = $"""
            %PDF-1.6
            1 0 obj
            <</Type/Page/Parent 2 0 R>>
            endobj
            2 0 obj
            <</Type/Pages
            /Kids[ 1 0 R ]
            /Count {counted}>>
            endobj
            3 0 obj
            <</Type/FontDescriptor/FontName/BAAAAA+WenQuanYiMicroHei
            /Flags 4
            {fontFile}
            >>
            endobj
            {outline}
            4 0 obj
            <</Title{Hex(title)}
            >>
            endobj
            trailer
            <</Size 5/Root 5 0 R/Info 4 0 R>>
            startxref
            1234
            %%EOF

            """;
        return Encoding.Latin1.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sound_export_passes() =>
        Assert.Null(PdfCheck.Problem(Pdf(outline: $"<</Type/Outlines>>\n<</Title{Hex("第一部分 单位概况")}>>"), Title, ["第一部分\n单位概况"]));

    [Fact]
    public void A_missing_page_is_refused() =>
        Assert.Contains("页数不对", PdfCheck.Problem(Pdf(counted: 2), Title, []), StringComparison.Ordinal);

    [Fact]
    public void A_font_that_is_not_embedded_is_refused() =>
        Assert.Contains("未嵌入字体 BAAAAA+WenQuanYiMicroHei", PdfCheck.Problem(Pdf(fontFile: ""), Title, []), StringComparison.Ordinal);

    [Fact]
    public void Another_document_is_refused() =>
        Assert.Contains("不是本报告", PdfCheck.Problem(Pdf(title: "另一个单位2023年度部门决算"), Title, []), StringComparison.Ordinal);

    [Fact]
    public void An_outline_without_a_part_heading_is_refused() =>
        Assert.Contains("缺少标题“第二部分", PdfCheck.Problem(Pdf(outline: $"<</Type/Outlines>>\n<</Title{Hex("第一部分 单位概况")}>>"), Title, ["第一部分 单位概况", "第二部分 情况说明"]), StringComparison.Ordinal);

    [Fact]
    public void A_file_cut_before_its_end_is_refused()
    {
        var whole = Pdf();
        Assert.Contains("不完整", PdfCheck.Problem(whole[..(whole.Length / 2)], Title, []), StringComparison.Ordinal);
    }
}
