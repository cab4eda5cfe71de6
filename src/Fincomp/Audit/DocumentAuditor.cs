using Fincomp.Audit.Rules;
using Fincomp.Diagnostics;
using Fincomp.Document;

namespace Fincomp.Audit;

/// <summary>
/// Reads a finished document tree back — headings, paragraphs, tables — and checks what it prints against itself:
/// tables add up, each quantity has one value, every share, change and count in the text recomputes from the
/// printed figures, and no placeholder or doubled punctuation is left. The same engine audits a compiled report (<see cref="SelfAudit"/>) and a document read from a file.
/// </summary>
internal static class DocumentAuditor
{
    public static IReadOnlyList<AuditFinding> Audit(ReportDocument document) => Audit(document, UnitWording.None);

    /// <summary>
    /// The audit of a compiled report, where a placeholder or doubled punctuation printed inside the clerk's own text
    /// (<paramref name="wording"/>) is the unit's, warned of by its check, and not a finding of the document.
    /// </summary>
    public static IReadOnlyList<AuditFinding> Audit(ReportDocument document, UnitWording wording)
    {
        var view = new DocumentView(document);
        return Audit(view, new ParagraphAmounts(view), wording, new HashSet<TextAmount>(ReferenceEqualityComparer.Instance));
    }

    /// <summary>
    /// The audit of a finished document given to <c>fincomp check</c>: every rule of <see cref="Audit(ReportDocument)"/>, and those
    /// whose subject in a built report is the clerk's data, not a template (科目 names against the year's table, where a
    /// unit's own additions may rename a code; a score called 满分; detail items that do not add to their total, which
    /// the unit checks cover; the unit's name, which every place prints from the unit's own fields; the numbering of headings, which a clerk's own
    /// headings in the attachments may skip), so a build is never
    /// refused for what its data says. Full-width and spaced figures are read as figures (<see cref="HandTypedFigures"/>); block
    /// indices are those of <paramref name="document"/>.
    /// </summary>
    public static IReadOnlyList<AuditFinding> AuditFinished(ReportDocument document)
    {
        var view = new DocumentView(HandTypedFigures.Normalise(document));
        var amounts = new ParagraphAmounts(view);

        // A total that disagrees with its own parts is the error; a share of it is not a second one.
        var disputed = new HashSet<TextAmount>(ReferenceEqualityComparer.Instance);
        var details = DetailSumRule.Check(amounts, disputed).ToList();
        return [.. Audit(view, amounts, UnitWording.None, disputed), .. SubjectNameRule.Check(view), .. FullMarksRule.Check(view), .. details, .. UnitNameRule.Check(view), .. HeadingNumberingRule.Check(view), .. YearRule.CheckComparisons(view)];
    }

    /// <summary>The rules of every audit, on a document read once into its view and its stated amounts.</summary>
    private static IReadOnlyList<AuditFinding> Audit(DocumentView view, ParagraphAmounts amounts, UnitWording wording, HashSet<TextAmount> disputed)
    {
        // An amount that disagrees with its own table cell is the error; the share computed from it is not a second one.
        var quantities = QuantityRule.Check(view, amounts, disputed).ToList();
        return
        [
            .. TableSumRule.Check(view),
            .. FormTotalRule.Check(view),
            .. quantities,
            .. SubjectAcrossTablesRule.Check(view),
            .. ShareRule.Check(amounts, disputed),
            .. ChangeRule.Check(amounts),
            .. CountRule.Check(view),
            .. ComparisonRule.Check(view, amounts),
            .. LevelRule.Check(amounts),
            .. PlaceholderRule.Check(view, wording),
            .. ZeroBudgetCompletionRule.Check(view, amounts),
            .. CompletionRule.Check(view, amounts, disputed),
            .. YearRule.Check(view),
            .. StandardTablesRule.Check(view),
        ];
    }

    /// <summary>How a person finds <paramref name="place"/> in the document: "第12段" or "表“支出决算表”第60行第3列".</summary>
    public static string Describe(ReportDocument document, AuditPlace place) => Locate(document, place).Text;

    /// <summary>The paragraph (headings counted, tables not) or the table, row and column of <paramref name="place"/>.</summary>
    public static DocumentLocation Locate(ReportDocument document, AuditPlace place)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(place);
        if (document.Blocks[place.BlockIndex] is Table table)
        {
            return new DocumentLocation { Table = table.Title ?? string.Empty, TableNumber = TableNumber(document, place.BlockIndex), Row = place.Row, Column = place.Row is null ? null : place.Column };
        }

        return new DocumentLocation { Paragraph = document.Blocks.Take(place.BlockIndex + 1).Count(b => b is Paragraph or Heading) };
    }

    /// <summary>The 1-based count of the table at <paramref name="blockIndex"/> among the document's tables.</summary>
    public static int TableNumber(ReportDocument document, int blockIndex)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Blocks.Take(blockIndex + 1).Count(b => b is Table);
    }
}
