using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1901: template placeholders left in a text would be published as is.</summary>
internal sealed class PlaceholderRule : IRule
{
    private static readonly string[] Placeholders = ["XX", "xx", "××", "待填写", "TODO", "□"];

    public RuleInfo Info { get; } = new(
        "FC1901", Severity.Error, "文字中残留占位符",
        "文字中不能残留模板占位符：XX、××、待填写、TODO、□。",
        "change_reason: 主要原因是XX项目减少。",
        "用实际内容替换占位符。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context)
    {
        foreach (var field in context.Texts)
        {
            foreach (var placeholder in Placeholders)
            {
                var at = field.Text.IndexOf(placeholder, StringComparison.Ordinal);
                if (at >= 0)
                {
                    yield return Info.At(field.At(at), $"{field.Label}中“{field.Quote(at, placeholder.Length)}”残留占位符“{placeholder}”。");
                    break;
                }
            }
        }
    }
}
