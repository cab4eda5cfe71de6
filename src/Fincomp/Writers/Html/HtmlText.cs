using System.Net;

namespace Fincomp.Writers.Html;

/// <summary>
/// Text as HTML. <see cref="WebUtility.HtmlEncode(string)"/> escapes the markup characters (&lt; &gt; &amp; " ')
/// and leaves Chinese readable in the source, unlike the web encoders' default of a numeric reference per
/// character. Line breaks in the text become &lt;br&gt;, and a carriage return never reaches the output, so the
/// page has <c>\n</c> line ends whatever the input had.
/// </summary>
internal static class HtmlText
{
    public static string Encode(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        return string.Join("<br>", lines.Select(WebUtility.HtmlEncode));
    }

    /// <summary>An attribute value: the same escaping (quotes included), but a line break is only a space there.</summary>
    public static string Attribute(string text) =>
        WebUtility.HtmlEncode(text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' '));
}
