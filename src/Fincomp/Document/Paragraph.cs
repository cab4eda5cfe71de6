namespace Fincomp.Document;

/// <summary>A paragraph of runs.</summary>
public sealed record Paragraph(IReadOnlyList<Run> Runs, ParagraphStyle Style = ParagraphStyle.Body) : Block
{
    public Paragraph(string text, ParagraphStyle style = ParagraphStyle.Body)
        : this([new Run(text)], style)
    {
    }

    /// <summary>The paragraph's text without formatting, as the text projection and the checks read it.</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));
}
