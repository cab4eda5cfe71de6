using System.Text.RegularExpressions;

namespace Fincomp.Narrative;

/// <summary>
/// A Scriban runtime error told in Chinese. The two a bureau meets most (a misspelt variable, a member that does not
/// exist, including the built-ins removed for determinism) are worded in full; any other keeps Scriban's own text after
/// a Chinese lead, so nothing it says is lost. fincomp's own template functions raise Chinese messages, kept as they are.
/// </summary>
internal static partial class TemplateRuntimeText
{
    public static string Explain(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (original.Any(c => c is >= '\u4E00' and <= '\u9FFF'))
        {
            return original; // fincomp's own functions already speak Chinese
        }

        var message = NestedPosition().Replace(original, "").Trim();
        if (UnknownVariable().Match(message) is { Success: true } variable)
        {
            return $"变量或函数“{variable.Groups[1].Value}”不存在：检查拼写（模板可用的数据见 docs/templates.md）。";
        }

        if (UnknownMember().Match(message) is { Success: true } member)
        {
            return $"没有名为“{member.Groups[1].Value}”的成员：检查拼写；date.now、math.random、math.uuid 每次运行结果不同，为使报告可重复而不提供。";
        }

        return $"模板运行出错：{message}";
    }

    /// <summary>The position Scriban puts before an error raised inside an evaluated string ("&lt;input&gt;(1,6) : error : ").</summary>
    [GeneratedRegex(@"^(?:<input>|[^()]*)\(\d+,\d+\)\s*:\s*error\s*:\s*")]
    private static partial Regex NestedPosition();

    [GeneratedRegex("^The variable or function `([^`]+)` was not found")]
    private static partial Regex UnknownVariable();

    [GeneratedRegex(@"^Cannot get member with name `?([^`\s.]+)`?\.?")]
    private static partial Regex UnknownMember();
}
