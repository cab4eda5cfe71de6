using Fincomp.Audit.Rules;
using Fincomp.Document;

namespace Fincomp.Audit;

/// <summary>
/// Reads a finished document tree back — headings, paragraphs, tables — and checks what it prints against itself:
/// tables add up, each quantity has one value, every share, change and count in the text recomputes from the
/// printed figures, and no placeholder or doubled punctuation is left. The same engine audits a compiled report (<see cref="SelfAudit"/>) and a document read from a file.
/// </summary>
internal static class DocumentAuditor
{
    public static IReadOnlyList<AuditFinding> Audit(ReportDocument document)
    {
        var view = new DocumentView(document);
        var amounts = new ParagraphAmounts(view);
        return
        [
            .. TableSumRule.Check(view),
            .. FormTotalRule.Check(view),
            .. QuantityRule.Check(view, amounts),
            .. ShareRule.Check(amounts),
            .. ChangeRule.Check(amounts),
            .. CountRule.Check(view),
            .. PlaceholderRule.Check(view),
            .. ZeroBudgetCompletionRule.Check(view),
            .. YearRule.Check(view),
            .. StandardTablesRule.Check(view),
        ];
    }

    /// <summary>
    /// The audit of a finished document given to <c>fincomp check</c>: every rule of <see cref="Audit"/>, and those whose
    /// subject the unit checks already cover for a built report (科目 names against the year's table, where a unit's own
    /// additions may rename a code; a score called 满分), so a build is never refused for what its data was warned of.
    /// </summary>
    public static IReadOnlyList<AuditFinding> AuditFinished(ReportDocument document)
    {
        var view = new DocumentView(document);
        return [.. Audit(document), .. SubjectNameRule.Check(view), .. FullMarksRule.Check(view)];
    }

    /// <summary>How a person finds <paramref name="place"/> in the document: "第12段" or "表“支出决算表”第60行第3列".</summary>
    public static string Describe(ReportDocument document, AuditPlace place)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(place);
        if (document.Blocks[place.BlockIndex] is Table table)
        {
            var cell = place.Row is { } row ? $"第{row}行第{place.Column}列" : string.Empty;
            return $"表“{table.Title}”{cell}";
        }

        var paragraph = document.Blocks.Take(place.BlockIndex + 1).Count(b => b is Paragraph or Heading);
        return $"第{paragraph}段";
    }
}
