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

        for (var i = 0; i < entries.Count; i++)
        {
            var (heading, level, bookmark) = entries[i];
            var paragraph = new Paragraph(Runs.Style(level == 1 ? StyleIds.Contents1 : StyleIds.Contents2));
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
