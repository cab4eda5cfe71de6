using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1205: a 项 code is written once per fund source. A 项 paid from several sources (财政拨款 and 其他资金) has one line
/// per source and prints as one row of their total; two lines of one code and one source would be counted twice in
/// every sum over the 项, so the finding names both lines.
/// </summary>
internal sealed class DuplicateFunctionalCodeRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1205", Severity.Error, "同一项级科目的同一资金来源只写一行",
        "functional.lines 中每个 7 位项级科目编码对每种资金性质（fund）只能写一行；一个项由几种资金共同负担时，每种资金各写一行，"
        + "报告把它们合并为一行印出（支出决算表印合计，财政拨款各表只印财政拨款部分）。同一科目同一资金写了两行，金额会被重复计算。",
        "两行都写 code: \"2010301\"，且都没有写 fund（都是一般公共预算）。",
        "把这两行的金额合并为一行；若另一行是其他资金（事业收入等），给它写上 fund: 其他资金；若是编码写错，改正其中一行的编码。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var first = new Dictionary<(string Code, Fund Fund), SourceSpan>();
        foreach (var line in context.Unit.Functional.Lines)
        {
            var span = line.Locate(nameof(line.Code));
            if (first.TryGetValue((line.Code, line.Fund), out var earlier))
            {
                yield return Info.At(
                    span,
                    $"项级科目 {line.Code}（{EnumLabelAttribute.Of(line.Fund)}）已写过一行（{earlier}），同一科目的同一资金来源只能写一行。",
                    [earlier]);
            }
            else
            {
                first.Add((line.Code, line.Fund), span);
            }
        }
    }
}
