using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1502: a "三公" total printed as zero has every part zero (a zero total with a non-zero part is never rounding).</summary>
internal sealed class ThreePublicZeroRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1502", Severity.Error, "“三公”经费合计为 0 时各分项也为 0",
        "印出的“三公”经费合计为 0 时，出国、用车购置、用车运行维护、国内接待、外事接待都应为 0；否则正文会写“未发生三公经费”而表中却有金额。",
        "three_public.actual.total: 0，而 vehicle_operation: 1.2。",
        "补上合计数，或改正误填的分项。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var (label, amounts) in ThreePublicSets.Of(context.Unit))
        {
            if (amounts.Total is not { Value: 0m } total)
            {
                continue;
            }

            foreach (var part in ThreePublicSets.Parts(amounts))
            {
                if (part is { Value: > 0m } money)
                {
                    yield return Info.At(money.Span, $"“三公”经费{label}合计为 0，但此分项为 {Amounts.Format(money.Value)}。", [total.Span]);
                }
            }
        }
    }
}
