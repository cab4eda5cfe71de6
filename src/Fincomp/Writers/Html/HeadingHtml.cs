using Fincomp.Document;

namespace Fincomp.Writers.Html;

/// <summary>Headings as h1–h5 (Title … Item), each with an id so the contents and other pages can link to it.</summary>
internal static class HeadingHtml
{
    public static void Write(Heading heading, string id, HtmlOutput output)
    {
        var tag = Tag(heading.Level);
        output.Line($"<{tag} id=\"{id}\">{HtmlText.Encode(heading.Text)}</{tag}>");
    }

    public static string Tag(HeadingLevel level) => level switch
    {
        HeadingLevel.Title => "h1",
        HeadingLevel.Part => "h2",
        HeadingLevel.Section => "h3",
        HeadingLevel.Subsection => "h4",
        _ => "h5",
    };
}
