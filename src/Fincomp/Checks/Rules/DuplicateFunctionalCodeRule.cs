using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>
/// FC1205: a 项 code is written once. Two lines of one code would be printed twice in every table and counted twice
/// in every sum over the 项; the finding names both lines.
/// </summary>
internal sealed class DuplicateFunctionalCodeRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1205", Severity.Error, "同一项级科目只写一行",
        "functional.lines 中每个 7 位项级科目编码只能出现一次；写了两行的科目会在各表中印两次。",
        "两行都写 code: \"2010301\"。",
        "把两行的金额合并为一行；若是编码写错，改正其中一行的编码。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        var first = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var line in context.Unit.Functional.Lines)
        {
            var span = line.Locate(nameof(line.Code));
            if (first.TryGetValue(line.Code, out var earlier))
            {
                yield return Info.At(span, $"项级科目 {line.Code} 已写过一行（{earlier}），同一科目只能写一行。", [earlier]);
            }
            else
            {
                first.Add(line.Code, span);
            }
        }
    }
}
