using Fincomp.Document;

namespace Fincomp.Writers.Html;

/// <summary>Headings as h1–h5 (Title … Item), each with an id so the contents and other pages can link to it.</summary>
internal static class HeadingHtml
{
    public static void Write(Heading heading, string id, HtmlOutput output)
    {
        var tag = Tag(heading.Level);
        // A title of several lines (the unit's name, then the report's) keeps its line breaks.
        var text = string.Join("<br>", heading.Text.Split('\n').Select(HtmlText.Encode));
        output.Line($"<{tag} id=\"{id}\">{text}</{tag}>");
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
