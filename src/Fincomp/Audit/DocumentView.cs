using Fincomp.Document;

namespace Fincomp.Audit;

/// <summary>
/// A document as the audit reads it: its blocks in order, each table as a grid, and each block's scope. The report
/// proper is scope 0; every attachment (a new title inside the document, e.g. a 绩效自评报告) is a scope of its own,
/// since its figures measure other things; a part heading after an attachment returns to the report.
/// </summary>
internal sealed class DocumentView
{
    private readonly List<(int Index, TableGrid Grid)> _tables = [];

    public DocumentView(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        var scopes = new int[document.Blocks.Count];
        var scope = 0;
        var attachments = 0;
        var seenTitle = false;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            switch (document.Blocks[i])
            {
                case Heading { Level: HeadingLevel.Title }:
                    scope = seenTitle ? ++attachments : 0;
                    seenTitle = true;
                    break;
                case Heading { Level: HeadingLevel.Part }:
                    scope = 0;
                    break;
                case Table table:
                    _tables.Add((i, new TableGrid(table)));
                    break;
            }

            scopes[i] = scope;
        }

        Scopes = scopes;
    }

    public ReportDocument Document { get; }

    public IReadOnlyList<Block> Blocks => Document.Blocks;

    /// <summary>The scope of each block (0 = the report proper).</summary>
    public IReadOnlyList<int> Scopes { get; }

    /// <summary>The paragraphs (headings included) with their block index, in reading order.</summary>
    public IEnumerable<(int Index, string Text)> Paragraphs()
    {
        for (var i = 0; i < Blocks.Count; i++)
        {
            switch (Blocks[i])
            {
                case Paragraph paragraph:
                    yield return (i, paragraph.Text);
                    break;
                case Heading heading:
                    yield return (i, heading.Text);
                    break;
            }
        }
    }

    /// <summary>The tables with their block index and grid, in reading order.</summary>
    public IReadOnlyList<(int Index, TableGrid Grid)> Tables() => _tables;
}
