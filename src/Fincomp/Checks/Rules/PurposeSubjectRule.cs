using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1910: a 项's purpose (its 名词解释 用途) that speaks of another 项 of the unit's table and not of its own subject is
/// usually copied from the neighbouring line (a 住房公积金 line "主要用于事业单位医疗保险支出"; a 行政运行 line about
/// 离退休). Only the other 项 the unit itself reports are compared, through <see cref="SubjectTerms"/>, so that common
/// words and the basic items every 行政运行 line pays for (工会经费) raise nothing. A purpose speaks of its own subject
/// when it holds the own term or the term's first two characters, its head word (工会事务 → 工会, 城乡社区管理事务 →
/// 城乡): "划拨工会经费及组织事务相关支出" is a 工会事务 purpose, not a copied 组织事务 one.
/// </summary>
internal sealed class PurposeSubjectRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1910", Severity.Warning, "科目用途说明写的是另一个科目",
        "functional.lines 中某项的 purpose 提到了本单位另一个项级科目的名称或关键词（如 离退休、住房公积金、事业单位医疗），却没有提到本科目自己的关键词（关键词本身或其前两个字，如“工会事务”的“工会”），多是从相邻科目复制后未改。关键词取自功能分类表的项名，去掉“其他”“行政单位”“事业单位”“支出”等共有的字样；行政运行、事业运行、一般行政管理事务等许多款共有的项名不作关键词。",
        "2210201 住房公积金 的 purpose: 主要用于事业单位医疗保险支出（本表另有 2101102 事业单位医疗）。",
        "改写该科目的用途说明，或核对金额是否记错了科目。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var lines = context.Unit.Functional.Lines;
        var terms = lines.Select(l => (l.Code, Term: SubjectTerms.Of(context.Functional, l.Code)))
            .Where(t => t.Term is not null).Distinct().ToList();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line.Purpose))
            {
                continue;
            }

            var own = SubjectTerms.Of(context.Functional, line.Code);
            if (own is not null && (line.Purpose.Contains(own, StringComparison.Ordinal) || line.Purpose.Contains(own[..2], StringComparison.Ordinal)))
            {
                continue;
            }

            var other = terms.FirstOrDefault(t => t.Code != line.Code && t.Term != own && line.Purpose.Contains(t.Term!, StringComparison.Ordinal));
            if (other.Term is { } term)
            {
                yield return Finding(context, line, other.Code, term);
            }
        }
    }

    private Diagnostic Finding(RuleContext context, FunctionalLine line, string otherCode, string term)
    {
        var field = ModelWalker.Field(line, nameof(line.Purpose), "用途说明", line.Purpose!);
        var offset = field.Text.IndexOf(term, StringComparison.Ordinal);
        var name = context.Functional.Find(line.Code)?.Name ?? line.Name ?? "";
        var otherName = context.Functional.Find(otherCode)?.Name ?? "";
        return Info.At(field.At(offset),
            $"科目 {line.Code} {name} 的用途说明“{field.Quote(offset, term.Length)}”提到“{term}”，那是本表另一科目 {otherCode} {otherName} 的内容，却没有提到本科目自己的内容。",
            [CodeSpan(context, otherCode)]);
    }

    private static SourceSpan CodeSpan(RuleContext context, string code) =>
        context.Unit.Functional.Lines.First(l => l.Code == code).Locate(nameof(FunctionalLine.Code));
}
