using Fincomp.Derivation;
using Fincomp.Model.Performance;
using Scriban.Runtime;
using static Fincomp.Narrative.ScriptValues;

namespace Fincomp.Narrative;

/// <summary>第四部分 附件: the self-evaluation reports, their sections flattened with a depth so templates need no recursion.</summary>
internal static partial class TemplateModel
{
    private static ScriptObject Attachments(ReportFigures figures)
    {
        var performance = figures.Unit.Performance;
        var report = performance.UnitReport;
        var unitReport = report is null
            ? null
            : Object(
                ("issuer", report.Issuer),
                ("title", report.Title),
                ("sections", Sections(report.Sections, [], figures.Wording)),
                ("has_form", report.Form is not null));
        var projects = performance.Projects
            .Select((p, index) => Object(
                ("number", index + 1),
                ("name", p.Name),
                ("issuer", p.Issuer),
                ("title", p.Title),
                ("sections", Sections(p.Sections, p.Spending, figures.Wording))))
            .ToList();
        return Object(("unit_report", unitReport), ("projects", Array(projects, p => p)));
    }

    private static ScriptArray Sections(IReadOnlyList<ReportSection> sections, IReadOnlyList<SpendingDetail> spending, Wording wording)
    {
        var flat = new List<ScriptObject>();
        Flatten(sections, 1, spending, wording, flat);
        return Array(flat, s => s);
    }

    private static void Flatten(IReadOnlyList<ReportSection> sections, int depth, IReadOnlyList<SpendingDetail> spending, Wording wording, List<ScriptObject> into)
    {
        foreach (var section in sections)
        {
            into.Add(Object(
                ("depth", depth),
                ("marks", new MarkdownSyntax(new string('#', Math.Min(depth + 1, 4)))),
                ("title", section.Title),
                ("paragraphs", section.Paragraphs),
                ("items", section.Items),
                ("spending", section.ListSpending ? SpendingLines(spending, wording) : [])));
            Flatten(section.Sections, depth + 1, spending, wording, into);
        }
    }

    /// <summary>"（1）征订报刊杂志3.51万元，包括购买主题教育相关书籍3.18万元；征订…0.33万元。", one line per 开支内容.</summary>
    private static List<string> SpendingLines(IReadOnlyList<SpendingDetail> spending, Wording wording) =>
    [
        .. spending.Select((s, index) =>
        {
            var head = $"（{index + 1}）{s.Name}{wording.Amount(s.Amount.Value)}万元";
            return s.Items.Count == 0
                ? head + "。"
                : head + "，包括" + string.Join("；", s.Items.Select(i => $"{i.Name}{wording.Amount(i.Amount.Value)}万元")) + "。";
        }),
    ];
}
