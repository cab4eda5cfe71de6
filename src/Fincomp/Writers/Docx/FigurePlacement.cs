using Fincomp.Document;

namespace Fincomp.Writers.Docx;

/// <summary>
/// Moves a figure that would not fit at the foot of its page up to an earlier paragraph of its own section, so that
/// the section's text after that point flows on below the figure and onto the next page instead of the figure leaving
/// the rest of the page empty (a 7 cm chart with its caption takes 8.5 cm, and moving on alone it left up to 8 cm
/// blank). Word and LibreOffice have no float that does this: a floating picture either stays with its anchor's
/// page, dragging the text along, or overlaps it. So the page is worked out here, from the default styles, which fix
/// every line's height (28 pt body and headings, 20 pt notes and captions) and every CJK character's width (one em):
/// a paragraph's lines are its characters over the characters a line holds. Where the estimate cannot follow the page
/// (a table, the contents, a title) it waits for the next page break. A figure only moves within its section, never
/// past a heading or another figure, and only to a paragraph that starts on the page where the figure would not fit,
/// when the figure with a line to spare fits from that paragraph's top; otherwise it stays where the text puts it.
/// </summary>
internal static class FigurePlacement
{
    /// <summary>The height of the GB/T 9704 text block (225 mm) in twips.</summary>
    private const int PageHeight = PageSetup.PageHeight - PageSetup.Top - PageSetup.Bottom;

    /// <summary>The body line and the headings' (28 pt exact).</summary>
    private const int BodyLine = 560;

    /// <summary>The Note style's line (20 pt exact) and the caption's.</summary>
    private const int NoteLine = 400;

    /// <summary>Spacing of a figure: the Figure style's 6 pt before, the caption's 6 pt before and 12 pt after.</summary>
    private const int FigureSpacing = 120 + 120 + 240;

    /// <summary>The picture's line is a little higher than the picture (the font's descent under it).</summary>
    private const int PictureDescent = 120;

    /// <summary>3号 (16 pt) for body and headings, 小四 (12 pt) for notes, 4号 (14 pt) for captions, in twips.</summary>
    private const int BodyEm = 320;
    private const int NoteEm = 240;
    private const int CaptionEm = 280;

    public static IReadOnlyList<Block> Arrange(IReadOnlyList<Block> blocks, int textWidth)
    {
        var order = blocks.ToList();
        // Each move takes a figure to an earlier paragraph of its section, where it fits, so it never moves twice.
        for (var moves = 0; moves <= order.Count; moves++)
        {
            if (FirstMove(order, textWidth) is not { } move)
            {
                break;
            }

            var figure = order[move.From];
            order.RemoveAt(move.From);
            order.Insert(move.To, figure);
        }

        return order;
    }

    /// <summary>The first figure that does not fit where it stands, and the paragraph it fits before, if any.</summary>
    private static (int From, int To)? FirstMove(List<Block> order, int textWidth)
    {
        int? y = null;
        // Paragraphs of the current section that start on the current page: where a figure may go instead.
        var starts = new List<(int Index, int Top)>();
        for (var i = 0; i < order.Count; i++)
        {
            switch (order[i])
            {
                case PageBreak or BodyStart:
                    y = 0;
                    starts.Clear();
                    break;
                case Heading { Level: not HeadingLevel.Title } heading when y is { } top:
                    var height = Lines(heading.Text, BodyEm, heading.Level == HeadingLevel.Part ? 0 : 2, textWidth) * BodyLine;
                    // A heading keeps with the next paragraph's first lines.
                    y = (top + height + (2 * BodyLine) > PageHeight ? 0 : top) + height;
                    starts.Clear();
                    // The figure may also go directly under the heading.
                    starts.Add((i + 1, y.Value));
                    break;
                case Paragraph paragraph when y is { } top:
                    var (line, lines) = Measure(paragraph, textWidth);
                    if (top + line > PageHeight)
                    {
                        top = 0;
                        starts.Clear();
                    }

                    if (paragraph.Style is ParagraphStyle.Body or ParagraphStyle.Note)
                    {
                        starts.Add((i, top));
                    }

                    var fitting = (PageHeight - top) / line;
                    y = lines <= fitting ? top + (lines * line) : (lines - fitting) * line;
                    if (lines > fitting)
                    {
                        starts.Clear();
                    }

                    break;
                case Figure figure when y is { } top:
                    var figureHeight = FigureHeight(figure, textWidth);
                    if (top + figureHeight <= PageHeight)
                    {
                        y = top + figureHeight;
                    }
                    else if (PageHeight - top > BodyLine
                        && starts.LastOrDefault(s => s.Index < i && s.Top + figureHeight + BodyLine <= PageHeight) is { Index: > 0 } target)
                    {
                        return (i, target.Index);
                    }
                    else
                    {
                        y = figureHeight;
                    }

                    // Figures keep their order: a later one never moves above this one.
                    starts.Clear();
                    break;
                default:
                    // A table, the contents or a title: their height is not worked out here.
                    y = null;
                    starts.Clear();
                    break;
            }
        }

        return null;
    }

    private static int FigureHeight(Figure figure, int textWidth) =>
        FigureSpacing + FigureWriter.HeightTwips(figure, textWidth) + PictureDescent + (Lines(figure.Caption, CaptionEm, 0, textWidth) * NoteLine);

    /// <summary>A paragraph's line height and number of lines in its style.</summary>
    private static (int Line, int Lines) Measure(Paragraph paragraph, int textWidth) => paragraph.Style switch
    {
        ParagraphStyle.Note => (NoteLine, Lines(paragraph.Text, NoteEm, 2, textWidth)),
        ParagraphStyle.Body => (BodyLine, Lines(paragraph.Text, BodyEm, 2, textWidth)),
        _ => (BodyLine, Lines(paragraph.Text, BodyEm, 0, textWidth)),
    };

    /// <summary>
    /// The lines <paramref name="text"/> takes at <paramref name="em"/> twips a character after a first-line indent
    /// of <paramref name="indent"/> characters: a CJK character or full-width mark is an em, anything else half of one
    /// (Times New Roman's digits). A line holds whole ems only, so the count errs high, which moves a figure a little
    /// earlier rather than leaving it too low to fit.
    /// </summary>
    private static int Lines(string text, int em, int indent, int textWidth)
    {
        var perLine = Math.Max(textWidth / em, 1);
        var halves = (indent * 2) + text.Sum(c => c < 0x2E80 && c is not ('“' or '”' or '‘' or '’' or '—' or '…') ? 1 : 2);
        return Math.Max((halves + (2 * perLine) - 1) / (2 * perLine), 1);
    }
}
