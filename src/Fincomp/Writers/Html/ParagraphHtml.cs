using System.Text;
using Fincomp.Document;

namespace Fincomp.Writers.Html;

/// <summary>A paragraph with a class per <see cref="ParagraphStyle"/>; bold runs become &lt;strong&gt;.</summary>
internal static class ParagraphHtml
{
    public static void Write(Document.Paragraph paragraph, HtmlOutput output)
    {
        var text = new StringBuilder();
        foreach (var run in paragraph.Runs)
        {
            var encoded = HtmlText.Encode(run.Text);
            text.Append(run.Bold ? $"<strong>{encoded}</strong>" : encoded);
        }

        output.Line($"<p class=\"{ClassOf(paragraph.Style)}\">{text}</p>");
    }

    private static string ClassOf(ParagraphStyle style) => style switch
    {
        ParagraphStyle.Note => "note",
        ParagraphStyle.Caption => "caption",
        ParagraphStyle.Centered => "centered",
        ParagraphStyle.Right => "right",
        ParagraphStyle.Cover => "cover",
        _ => "body",
    };
}
