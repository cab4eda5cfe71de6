using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fincomp.Writers.Docx;

/// <summary>
/// Appends the block writers' output to the body and handles what lies between blocks: a pending page break goes
/// onto the next paragraph, and two tables in a row get an empty paragraph between them, which Word needs to keep
/// them apart. A table followed by anything else gets no spacer, so a table that fills its page leaves no empty
/// paragraph to spill over onto a page of its own.
/// </summary>
internal sealed class BodyBuilder(Body body)
{
    private bool _breakPending;
    private bool _atSectionStart;
    private OpenXmlElement? _last;

    public void PageBreak()
    {
        if (_atSectionStart)
        {
            // A new section already starts on a new page.
            return;
        }

        if (_breakPending)
        {
            Append(PageBreakWriter.Paragraph());
        }

        _breakPending = true;
    }

    /// <summary>Ends the section so far with <paramref name="properties"/>; the next one starts on a new page.</summary>
    public void SectionBreak(SectionProperties properties)
    {
        _breakPending = false;
        Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Normal }, properties)));
        _atSectionStart = true;
    }

    public void Add(IEnumerable<OpenXmlElement> elements)
    {
        foreach (var element in elements)
        {
            _atSectionStart = false;
            if (_breakPending)
            {
                _breakPending = false;
                if (element is Paragraph paragraph)
                {
                    PageBreakWriter.BreakBefore(paragraph);
                }
                else
                {
                    Append(PageBreakWriter.Paragraph());
                }
            }
            else if (_last is Table && element is Table)
            {
                Append(new Paragraph(Runs.Style(StyleIds.TableText)));
            }

            Append(element);
        }
    }

    /// <summary>
    /// Keeps the paragraph added last on the page of what comes next (w:keepNext on the paragraph itself); for a table
    /// added last, its last row's paragraphs, which keeps the row with what follows the table.
    /// </summary>
    public void KeepLastWithNext()
    {
        if (_last is Paragraph paragraph)
        {
            (paragraph.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext();
        }
        else if (_last is Table table && table.Elements<TableRow>().LastOrDefault() is { } row)
        {
            TableWriter.KeepWithNext(row);
        }
    }

    /// <summary>Ends the body: a break still pending (the document ends with one) is written as a paragraph.</summary>
    public void Finish()
    {
        if (_breakPending)
        {
            _breakPending = false;
            Append(PageBreakWriter.Paragraph());
        }
    }

    private void Append(OpenXmlElement element)
    {
        body.Append(element);
        _last = element;
    }
}
