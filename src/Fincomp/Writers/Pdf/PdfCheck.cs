using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Fincomp.Writers.Pdf;

/// <summary>
/// Checks the PDF LibreOffice wrote before it may replace a report: a complete file (header, cross-reference,
/// end marker), at least one page and as many page objects as the page tree counts, every font embedded (a PDF that
/// leans on the reader's fonts prints differently elsewhere), and the document's own title in its information
/// dictionary and its headings in its outline, so an empty, truncated or stale file never passes for the report.
/// LibreOffice writes these dictionaries uncompressed, so they are read from the bytes as they are.
/// </summary>
internal static partial class PdfCheck
{
    /// <summary>What is wrong with <paramref name="pdf"/> (a message for the user), or null when it is a sound export.</summary>
    /// <param name="title">The document title the PDF must carry, if any.</param>
    /// <param name="headings">Headings the PDF's outline must list when it has one.</param>
    public static string? Problem(byte[] pdf, string? title, IReadOnlyList<string> headings)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(headings);
        var text = Encoding.Latin1.GetString(pdf);
        if (!text.StartsWith("%PDF-", StringComparison.Ordinal))
        {
            return pdf.Length == 0 ? "LibreOffice 写出的 PDF 是空文件" : "LibreOffice 写出的文件不是 PDF";
        }

        if (!text[Math.Max(0, text.Length - 1024)..].Contains("%%EOF", StringComparison.Ordinal) || !text.Contains("startxref", StringComparison.Ordinal))
        {
            return "LibreOffice 写出的 PDF 不完整（缺少文件尾）";
        }

        var pageObjects = PageObject().Count(text);
        var counted = PageTree().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        if (pageObjects == 0 || counted != pageObjects)
        {
            return $"LibreOffice 写出的 PDF 页数不对（页面树记 {counted} 页，实有 {pageObjects} 页）";
        }

        var unembedded = FontDescriptor().Matches(text).Where(m => !m.Value.Contains("/FontFile", StringComparison.Ordinal))
            .Select(m => FontName().Match(m.Value).Groups[1].Value).ToList();
        if (unembedded.Count > 0)
        {
            return $"LibreOffice 写出的 PDF 未嵌入字体 {string.Join("、", unembedded.Distinct(StringComparer.Ordinal))}";
        }

        // Titles compared without white space: a line break in a heading is a space or nothing in the outline.
        var titles = TitleString().Matches(text).Select(m => Squeeze(Encoding.BigEndianUnicode.GetString(System.Convert.FromHexString(m.Groups[1].Value))))
            .ToHashSet(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(title) && !titles.Contains(Squeeze(title)))
        {
            return $"LibreOffice 写出的 PDF 不是本报告（文档标题不是“{title}”）";
        }

        if (text.Contains("/Outlines", StringComparison.Ordinal) && headings.FirstOrDefault(h => !titles.Contains(Squeeze(h))) is { } missing)
        {
            return $"LibreOffice 写出的 PDF 缺少标题“{missing}”";
        }

        return null;
    }

    private static string Squeeze(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>A text string as LibreOffice writes it: UTF-16BE after a byte-order mark, in hexadecimal.</summary>
    [GeneratedRegex(@"/Title\s*<FEFF((?:[0-9A-Fa-f]{4})*)>")]
    private static partial Regex TitleString();

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)")]
    private static partial Regex PageTree();

    [GeneratedRegex(@"/Type\s*/FontDescriptor[^>]*>>")]
    private static partial Regex FontDescriptor();

    [GeneratedRegex(@"/FontName\s*/([^\s/>\[]+)")]
    private static partial Regex FontName();
}
