using System.Text.RegularExpressions;
using Fincomp.Document;
using Fincomp.Writers.Html;
using Xunit;

namespace Fincomp.Tests.Html;

/// <summary>The page's structure, encoding and determinism, read from the HTML text of a document with every block.</summary>
public sealed class HtmlWriterTests
{
    private readonly string _html = HtmlDocuments.Write(HtmlDocuments.EveryBlock());

    [Fact]
    public void Page_is_a_chinese_utf8_document_titled_after_the_report()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n", _html);
        Assert.Contains("<title>某单位2023年度单位决算 &lt;公开&gt; &amp; 说明</title>", _html);
        Assert.Contains("<meta name=\"author\" content=\"某单位 &amp; 下属\">", _html);
        Assert.EndsWith("</main>\n</body>\n</html>\n", _html);
    }

    [Fact]
    public void Headings_are_h1_to_h5_with_positional_ids()
    {
        Assert.Contains("<h1 id=\"h1\">某单位2023年度单位决算</h1>", _html);
        Assert.Contains("<h2 id=\"h2\">第一部分 单位概况</h2>", _html);
        Assert.Contains("<h3 id=\"h3\">一、主要职责</h3>", _html);
        Assert.Contains("<h4 id=\"h4\">（一）总体情况</h4>", _html);
        Assert.Contains("<h5 id=\"h5\">1.一般公共服务支出</h5>", _html);
        Assert.Contains("<h2 id=\"h6\">第二部分 决算情况说明</h2>", _html);
    }

    [Fact]
    public void Contents_link_parts_and_sections_to_existing_heading_ids()
    {
        var nav = Between(_html, "<nav class=\"contents\"", "</nav>");
        var targets = Regex.Matches(nav, "href=\"#(h\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["h2", "h3", "h6", "h7"], targets);
        foreach (var id in targets)
        {
            Assert.Contains($" id=\"{id}\">", _html[_html.IndexOf("<main>", StringComparison.Ordinal)..]);
        }

        Assert.DoesNotContain("（一）总体情况", nav);
        Assert.Equal(Count(nav, "<ol>"), Count(nav, "</ol>"));
        Assert.Equal(Count(nav, "<li>"), Count(nav, "</li>"));
    }

    [Fact]
    public void Contents_can_be_left_out()
    {
        var html = HtmlDocuments.Write(HtmlDocuments.EveryBlock(), new HtmlOptions { IncludeContents = false });
        Assert.DoesNotContain("<nav", html);
        Assert.Contains("<h2 id=\"h2\">第一部分 单位概况</h2>", html);
    }

    [Fact]
    public void Text_is_encoded_and_chinese_stays_readable()
    {
        Assert.Contains("<p class=\"body\">收入&lt;支出 &amp; 结余<strong>（重点）</strong></p>", _html);
        Assert.DoesNotContain("&#x", _html);
        Assert.DoesNotMatch("&#[0-9]{4,};", _html);
        Assert.DoesNotContain("<其中>", _html);
        Assert.Contains("&lt;其中&gt;", _html);
    }

    [Fact]
    public void Paragraph_styles_become_classes_and_line_breaks_become_br()
    {
        Assert.Contains("<p class=\"centered\">某单位</p>", _html);
        Assert.Contains("<p class=\"note\">第一行<br>第二行</p>", _html);
        Assert.Contains("<p class=\"caption\">图1 说明</p>", _html);
        Assert.Contains("<p class=\"right\">单位：万元</p>", _html);
    }

    [Fact]
    public void Table_has_caption_unit_header_rows_spans_alignment_and_note()
    {
        var table = Between(_html, "<div class=\"table-block\">", "</div>");
        Assert.Contains("<caption><span class=\"table-title\">收入支出决算总表</span><span class=\"table-unit\">单位：万元</span></caption>", table);
        Assert.Contains("<col style=\"width:50%\">\n<col style=\"width:25%\">\n<col style=\"width:25%\">", table);
        var head = Between(table, "<thead>", "</thead>");
        Assert.Equal(2, Count(head, "<tr>"));
        Assert.Contains("<tr><th rowspan=\"2\" class=\"c\">项目</th><th colspan=\"2\" class=\"c\">金额</th></tr>", head);
        var body = Between(table, "<tbody>", "</tbody>");
        Assert.Equal(2, Count(body, "<tr>"));
        Assert.DoesNotContain("<th", body);
        Assert.Contains("<tr><td rowspan=\"2\" class=\"l\"><strong>合计</strong></td><td class=\"r\">1,234.56</td><td class=\"r\">1,000.00</td></tr>", body);
        Assert.Contains("<tr><td class=\"r\">&lt;其中&gt;</td><td class=\"r\"></td></tr>", body);
        Assert.Contains("</table>\n<p class=\"table-note\">说明：本单位本年度没有政府性基金收入 &amp; 支出。</p>", table);
    }

    [Fact]
    public void Figure_embeds_the_png_as_a_data_uri_with_the_caption_as_alt()
    {
        var base64 = Convert.ToBase64String(HtmlDocuments.Png);
        Assert.Contains(
            $"<img src=\"data:image/png;base64,{base64}\" alt=\"图1：收、支决算总计变动情况 &quot;2023&quot;\" width=\"40\" height=\"30\">",
            _html);
        Assert.Contains("<figcaption>图1：收、支决算总计变动情况 &quot;2023&quot;</figcaption>", _html);
    }

    [Fact]
    public void Page_breaks_are_markers_the_print_stylesheet_breaks_after()
    {
        Assert.Equal(2, Count(_html, "<div class=\"page-break\""));
        var print = _html[_html.IndexOf("@media print", StringComparison.Ordinal)..];
        Assert.Contains("@page { size: A4;", print);
        Assert.Matches(@"\.page-break \{[^}]*break-after: page;", print);
        Assert.Contains("thead { display: table-header-group; }", print);
    }

    [Fact]
    public void Page_makes_no_external_request()
    {
        Assert.DoesNotContain("http://", _html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", _html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", _html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", _html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", _html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", _html, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("<img src=\"data:", _html);
        Assert.DoesNotMatch("src=\"(?!data:)", _html);
    }

    [Fact]
    public void Output_is_deterministic_utf8_without_bom_and_with_lf_line_ends()
    {
        var first = HtmlDocuments.WriteBytes(HtmlDocuments.EveryBlock());
        var second = HtmlDocuments.WriteBytes(HtmlDocuments.EveryBlock());
        Assert.Equal(first, second);
        Assert.NotEqual(0xEF, first[0]);
        Assert.DoesNotContain((byte)'\r', first);
    }

    [Fact]
    public void Elements_are_balanced()
    {
        foreach (var tag in new[] { "table", "thead", "tbody", "tr", "th", "td", "p", "figure", "nav", "ol", "li", "caption", "colgroup" })
        {
            Assert.True(
                Regex.Count(_html, $"<{tag}[ >]") == Count(_html, $"</{tag}>"),
                $"<{tag}> is opened and closed a different number of times.");
        }
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"{start} not found.");
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(to >= 0, $"{end} not found after {start}.");
        return text[from..(to + end.Length)];
    }

    private static int Count(string text, string value) => Regex.Count(text, Regex.Escape(value));
}
