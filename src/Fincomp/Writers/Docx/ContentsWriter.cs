using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Document;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Fincomp.Writers.Docx;

/// <summary>
/// The contents (目录) as Word's own TOC field over the headings of outline levels 1–2 (\o "1-2" for the part and
/// section heading styles, \u for the report titles that carry the level on the paragraph; hyperlinked), its result
/// already written out: one paragraph per heading on the toc 1 / toc 2 styles, each a link to the heading's bookmark
/// with a PAGEREF field for its page. Word fills the page numbers when it opens the file (settings ask it to update
/// fields); fincomp's PDF conversion has LibreOffice update the contents before it exports. Page numbers given
/// (<see cref="ContentsPageNumbers"/>, from a LibreOffice layout) are written as the PAGEREF fields' results, so
/// readers that do not update fields (LibreOffice, WPS) show them too.
/// </summary>
internal static class ContentsWriter
{
    public const string Instruction = " TOC \\o \"1-2\" \\h \\z \\u ";

    /// <summary>The toc styles' line (24 pt, in twips), which holds 24 entries under the 目录 heading.</summary>
    public const int StyleLine = 480;

    /// <summary>The tightest line the entries are set on to stay on one page (19 pt, for 16 pt type).</summary>
    public const int TightestLine = 380;

    /// <summary>The height the entries have on the first contents page: the text block less the 目录 heading (its 28 pt line and 28 pt after).</summary>
    private const int EntriesHeight = PageSetup.PageHeight - PageSetup.Top - PageSetup.Bottom - 1120;

    /// <summary>Slack left when the line is tightened, for renderers that lay a page out a little shorter.</summary>
    private const int Slack = 240;

    /// <summary>
    /// The line the entries are set on: the styles' own when they fit on one page; a tighter one, down to
    /// <see cref="TightestLine"/>, when that keeps them on one page (25 to 30 entries would otherwise leave one to six
    /// alone on a second page); null (the styles' line) when even that does not, and the second page then holds at
    /// least the entries the tightest line could not.
    /// </summary>
    public static int? FittedLine(int entries)
    {
        if (entries * StyleLine <= EntriesHeight)
        {
            return null;
        }

        var line = (EntriesHeight - Slack) / entries / 20 * 20;
        return line >= TightestLine ? line : null;
    }

    public static IEnumerable<OpenXmlElement> Write(IReadOnlyList<(Heading Heading, int Level, string Bookmark)> entries, IReadOnlyList<string>? pages)
    {
        if (pages is not null && pages.Count != entries.Count)
        {
            throw new ArgumentException("One page number per contents entry.", nameof(pages));
        }

        yield return Runs.Paragraph(StyleIds.ContentsHeading, "目录");
        var begin = new OpenXmlElement[]
        {
            Runs.Of(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
            Runs.Of(new FieldCode(Instruction) { Space = SpaceProcessingModeValues.Preserve }),
            Runs.Of(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        };
        var end = Runs.Of(new FieldChar { FieldCharType = FieldCharValues.End });
        if (entries.Count == 0)
        {
            yield return new Paragraph([Runs.Style(StyleIds.Contents1), .. begin, end]);
            yield break;
        }

        var fitted = FittedLine(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var (heading, level, bookmark) = entries[i];
            var properties = Runs.Style(level == 1 ? StyleIds.Contents1 : StyleIds.Contents2);
            if (fitted is { } line)
            {
                properties.Append(new SpacingBetweenLines { Before = "0", After = "0", Line = line.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact });
            }

            var paragraph = new Paragraph(properties);
            if (i == 0)
            {
                paragraph.Append(begin);
            }

            OpenXmlElement[] result = pages is null ? [] : [Runs.Create(pages[i])];
            paragraph.Append(new Hyperlink(
                [
                    Runs.Create(heading.Text.Replace('\n', ' ')),
                    Runs.Of(new TabChar()),
                    Runs.Of(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                    Runs.Of(new FieldCode($" PAGEREF {bookmark} \\h ") { Space = SpaceProcessingModeValues.Preserve }),
                    Runs.Of(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                    .. result,
                    Runs.Of(new FieldChar { FieldCharType = FieldCharValues.End }),
                ])
            {
                Anchor = bookmark,
                History = true,
            });
            if (i == entries.Count - 1)
            {
                paragraph.Append(end);
            }

            yield return paragraph;
        }
    }
}
