using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Model;
using Fincomp.Model.Performance;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1912: the texts the document cannot do without — 主要职责, 机构设置, a 名词解释 for every 项 it lists and for
/// every extra term, and each project's 项目概况 and 绩效目标. Absent is not empty: a key not written is reported, and
/// so is a text written blank or as bare punctuation (a duty “。”), each at its own key or item; a blank meaning falls back to the table's, as the document does; an organization written with no internal units is a unit that has none (the report
/// says 未下设内设机构), not a gap.
/// </summary>
internal sealed class RequiredTextRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1912", Severity.Warning, "应有的文字没有写",
        "报告必需的文字不能缺少或为空：主要职责（profile.duties）；机构设置（profile.organization，未下设内设机构时写 internal_units: []）；名词解释中每个项级科目的说明（functional.lines 的 meaning，编码表没有标准说明时必填）和每条附加术语的解释（glossary）；每个项目支出绩效自评报告的项目概况（标题含“概况”或“基本情况”的小节）和绩效目标（annual_goal，或标题含“绩效目标”的小节）。",
        "profile: 只写了 staff，没有 duties。",
        "补写缺少的文字。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var unit = context.Unit;
        var profile = unit.Profile;
        var profileSpan = unit.Locate(nameof(unit.Profile));
        if (profile.Duties.All(IsEmpty))
        {
            yield return Info.At(profile.IsWritten(nameof(profile.Duties)) ? profile.Locate(nameof(profile.Duties)) : profileSpan,
                "第一部分单位概况缺少主要职责（profile.duties）。");
        }
        else
        {
            profile.WrittenTexts.TryGetValue(nameof(profile.Duties), out var written);
            for (var i = 0; i < profile.Duties.Count; i++)
            {
                if (IsEmpty(profile.Duties[i]))
                {
                    var span = written is not null && i < written.Count ? written[i].Span : profile.Locate(nameof(profile.Duties));
                    yield return Info.At(span, $"主要职责（profile.duties）第 {i + 1} 项没有文字：“{profile.Duties[i]}”，应补写或删去该项。");
                }
            }
        }

        if (!profile.IsWritten(nameof(profile.Organization)))
        {
            yield return Info.At(profileSpan, "第一部分单位概况缺少机构设置（profile.organization；未下设内设机构时写 internal_units: []）。");
        }

        foreach (var finding in Glossary(context))
        {
            yield return finding;
        }

        foreach (var project in unit.Performance.Projects)
        {
            if (!HasText(project.Sections, "概况", "基本情况"))
            {
                yield return Info.At(project.Locate(nameof(project.Sections)), $"项目“{project.Name}”的绩效自评报告缺少项目概况（sections 中标题含“概况”或“基本情况”的小节及其内容）。");
            }

            if (project.IsWritten(nameof(project.AnnualGoal)) && IsEmpty(project.AnnualGoal))
            {
                yield return Info.At(project.Locate(nameof(project.AnnualGoal)), $"项目“{project.Name}”的绩效目标（annual_goal）写了但没有文字，应补写。");
            }
            else if (IsEmpty(project.AnnualGoal) && !HasText(project.Sections, "绩效目标"))
            {
                yield return Info.At(project.Locate(nameof(project.AnnualGoal)), $"项目“{project.Name}”缺少绩效目标（annual_goal，或标题含“绩效目标”的小节及其内容）。");
            }
        }
    }

    private IEnumerable<Diagnostic> Glossary(RuleContext context)
    {
        foreach (var line in context.Unit.Functional.Lines.Where(l => l.Fund == Fund.GeneralBudget))
        {
            if (IsEmpty(context.Functional.MeaningOf(line.Code, ItemTexts.Meaning(context.Unit, line))))
            {
                yield return Info.At(line.Locate(line.IsWritten(nameof(line.Meaning)) ? nameof(line.Meaning) : nameof(line.Code)),
                    $"名词解释缺少科目 {line.Code} 的说明：编码表没有它的标准说明，应在 meaning 中写明。");
            }
        }

        foreach (var entry in context.Unit.Glossary)
        {
            if (string.IsNullOrWhiteSpace(entry.Term) || string.IsNullOrWhiteSpace(entry.Definition))
            {
                yield return Info.At(entry.Span, $"名词解释的附加术语“{entry.Term}”缺少术语或解释（glossary 的 term、definition）。");
            }
        }
    }

    /// <summary>No text at all: absent, blank, or punctuation only (“。”).</summary>
    private static bool IsEmpty(string? text) => text is null || !text.Any(char.IsLetterOrDigit);

    /// <summary>A section (at any depth) whose title has one of the words and which, with its sub-sections, holds some text.</summary>
    private static bool HasText(IReadOnlyList<ReportSection> sections, params string[] words) =>
        sections.Any(s => (words.Any(w => s.Title.Contains(w, StringComparison.Ordinal)) && Holds(s)) || HasText(s.Sections, words));

    private static bool Holds(ReportSection section) =>
        section.Paragraphs.Concat(section.Items).Any(t => !string.IsNullOrWhiteSpace(t)) || section.Sections.Any(Holds);
}
