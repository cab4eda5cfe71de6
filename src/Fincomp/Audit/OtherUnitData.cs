using Fincomp.Audit.Rules;
using Fincomp.Document;

namespace Fincomp.Audit;

/// <summary>
/// <c>--against</c> given another unit's (or another year's) file: every figure of the document would differ from the
/// data, and a hundred findings would hide the one mistake, the choice of file. Before comparing, the document and
/// the report its data builds are matched by the unit's name in the title, the report year and the 收入总计 and
/// 支出总计 of table 1; when they are plainly two reports, that is the one finding (FC2019) and nothing is compared.
/// Another name or year in the title is another report even when the totals agree (a copied file renamed, last
/// year's file with the year changed); the same unit and year with other totals is an edited report, compared as usual.
/// </summary>
internal static class OtherUnitData
{
    private static readonly QuantityAnchor[] Totals =
    [
        QuantityAnchors.All.First(a => a.Term == "收入总计"),
        QuantityAnchors.All.First(a => a.Term == "支出总计"),
    ];

    /// <summary>The finding when <paramref name="edited"/> is not the report <paramref name="built"/> comes from; null when it may be.</summary>
    public static AuditFinding? Mismatch(DocumentView built, DocumentView edited)
    {
        var (builtName, editedName) = (UnitNameRule.NameOf(built), UnitNameRule.NameOf(edited));
        var (builtYear, editedYear) = (YearRule.ReportYear(built), YearRule.ReportYear(edited));
        var totals = Totals.Select(anchor => (anchor.Term, Built: Total(built, anchor), Edited: Total(edited, anchor)))
            .Where(t => t.Built is not null && t.Edited is not null)
            .ToList();
        var otherName = builtName is not null && editedName is not null && builtName != editedName;
        var otherYear = builtYear is not null && editedYear is not null && builtYear != editedYear;
        var totalsDiffer = totals.Count > 0 && totals.All(t => t.Built!.Value.Value != t.Edited!.Value.Value);
        var isOther = otherName || otherYear || (editedName is null && totalsDiffer);
        if (!isOther)
        {
            return null;
        }

        var reasons = new List<string>();
        if (otherName)
        {
            reasons.Add("单位名称不同");
        }
        else if (editedName is null)
        {
            reasons.Add("文档标题中读不出单位名称");
        }

        if (otherYear)
        {
            reasons.Add("年度不同");
        }

        reasons.AddRange(totals.Where(t => t.Built!.Value.Value != t.Edited!.Value.Value)
            .Select(t => $"{t.Term}文档印为{t.Edited}万元、单位数据为{t.Built}万元"));
        var title = Title(edited);
        return new AuditFinding(
            AuditCodes.OtherUnitData,
            $"用 --against 对照的单位文件生成的是{Describe(builtName, builtYear)}的报告，本文档却是{Describe(editedName, editedYear)}的报告（{string.Join("；", reasons)}）："
            + "像是选错了单位文件，没有逐项对照。请换用本单位本年度的单位文件。",
            title);
    }

    private static string Describe(string? name, int? year) =>
        (name, year) switch
        {
            ({ } n, { } y) => $"“{n}”{y}年度",
            ({ } n, null) => $"“{n}”",
            (null, { } y) => $"{y}年度某单位",
            _ => "另一单位",
        };

    /// <summary>A total of table 1, or failing the table, as the text states it.</summary>
    private static PrintedNumber? Total(DocumentView view, QuantityAnchor anchor) =>
        QuantityRule.Cell(view, 0, anchor)?.Number
        ?? new ParagraphAmounts(view).All.FirstOrDefault(a => !a.IsChange && view.Scopes[a.Block] == 0 && QuantityAnchors.For(a.Subject)?.Term == anchor.Term)?.Number;

    /// <summary>The document's title, where the finding is placed; the first paragraph when it has none.</summary>
    private static AuditPlace Title(DocumentView view)
    {
        var index = view.Blocks.ToList().FindIndex(b => b is Heading { Level: HeadingLevel.Title });
        if (index < 0)
        {
            index = view.Paragraphs().Select(p => p.Index).DefaultIfEmpty(0).First();
        }

        var quote = view.Blocks.Count == 0 ? string.Empty : view.Blocks[index] switch
        {
            Heading heading => heading.Text,
            Paragraph paragraph => paragraph.Text,
            _ => string.Empty,
        };
        return new AuditPlace(index, quote);
    }
}
