using System.Text;
using Fincomp.Document;

namespace Fincomp.Writers.Html;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one standalone web page for the government website: the same headings,
/// paragraphs, tables and charts as the Word document, charts embedded as data URIs and the stylesheet inline, so
/// the page makes no request of its own. One small writer per block kind. The output is UTF-8 without a byte order
/// mark, with <c>\n</c> line ends, and byte-identical for the same document.
/// </summary>
internal sealed class HtmlWriter : IReportWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly HtmlOptions _options;

    public HtmlWriter()
        : this(new HtmlOptions())
    {
    }

    public HtmlWriter(HtmlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public void Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var html = new HtmlOutput();
        WriteHead(document, html);
        html.Line("<body>");
        // The contents go where the templates put them (after the title); a template without a place opens the page with them.
        var placed = document.Blocks.Any(b => b is Contents);
        if (_options.IncludeContents && !placed)
        {
            ContentsHtml.Write(document.Blocks, html);
        }

        html.Line("<main>");
        var blocks = new HtmlBlockWriter(html, document.Blocks, _options.IncludeContents);
        foreach (var block in document.Blocks)
        {
            block.Accept(blocks);
        }

        html.Line("</main>").Line("</body>").Line("</html>");
        var bytes = Utf8.GetBytes(html.ToString());
        output.Write(bytes, 0, bytes.Length);
    }

    private static void WriteHead(ReportDocument document, HtmlOutput html)
    {
        html.Line("<!DOCTYPE html>")
            .Line("<html lang=\"zh-CN\">")
            .Line("<head>")
            .Line("<meta charset=\"utf-8\">")
            .Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Line($"<title>{HtmlText.Encode(document.Title)}</title>");
        if (document.Author is { } author)
        {
            html.Line($"<meta name=\"author\" content=\"{HtmlText.Attribute(author)}\">");
        }

        html.Line("<style>").Line(PageStyle.Css.TrimEnd()).Line("</style>").Line("</head>");
    }
}
