using System.Text.RegularExpressions;

namespace Fincomp.Narrative;

/// <summary>
/// A Scriban parse error in a template told in Chinese, as <see cref="TemplateRuntimeText"/> does for errors while it
/// runs: the mistakes a bureau editing a template makes (a block without {{ end }}, an end too many, an unclosed
/// string or {{, a missing value, a for without in) are worded in full; any other keeps Scriban's own text after a
/// Chinese lead, so nothing it says is lost. The diagnostic's place gives the template file, line and column.
/// </summary>
internal static partial class TemplateSyntaxText
{
    private const string Lead = "模板语法错误：";

    private static readonly (Regex English, Func<Match, string> Chinese)[] Known =
    [
        (EndNotFound(), _ => "块没有结束：{{ if }}、{{ for }}、{{ while }}、{{ capture }} 等都要以 {{ end }} 结束，请补上 {{ end }}。"),
        (EndWithoutBlock(), _ => "多了一个 {{ end }}：它前面没有对应的 {{ if }}、{{ for }} 等块的开头，请删去或补上开头。"),
        (UnterminatedString(), m => $"字符串没有结束：以 {m.Groups[1].Value} 开头的文字要以同样的 {m.Groups[1].Value} 结束。"),
        (ExitWithoutEnter(), _ => "多了一个 }}：前面没有对应的 {{。要印出 }} 本身，请写 {{ \"}}\" }}。"),
        (ElseWithoutIf(), _ => "{{ else }} 前面缺少对应的 {{ if }}（或 {{ when }}、{{ for }}）。"),
        (ExpectingIn(), m => $"for 循环应写成 {{{{ for 项 in 列表 }}}}，这里缺少 in，实际是{Token(m)}。"),
        (ExpectingRightOperand(), m => $"运算符右边缺少值，实际是{Token(m)}。"),
        (ExpectingExpression(), m => $"这里缺少值（变量、数字或加引号的文字），实际是{Token(m)}。"),
        (ExpectingVariable(), m => $"这里应为变量名，实际是{Token(m)}。"),
        (ClosingParenthesis(), _ => "函数调用缺少右括号 )。"),
        (ArgumentComma(), _ => "函数的各参数之间要用逗号分开。"),
        (AssignExpression(), _ => "赋值应写成 {{ 变量 = 值 }}。"),
        (InvalidToken(), m => $"无法识别的符号{Token(m)}：文字请加引号。"),
        (UnexpectedEscape(), m => $"字符串中的转义 \\{m.Groups[1].Value} 不合法：要印出反斜杠请写成 \\\\。"),
        (InterpolationNotClosed(), _ => "字符串中的插值 {…} 没有在同一行闭合。"),
        (UnexpectedLineBreak(), _ => "表达式没有在这一行写完：检查引号是否配对（字符串要在同一行结束），{{ 是否以 }} 结束。"),
        (UnexpectedToken(), m => $"这里不该出现{Token(m)}：检查前后的括号、引号和运算符。"),
    ];

    public static string Explain(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        foreach (var (english, chinese) in Known)
        {
            if (english.Match(original) is { Success: true } match)
            {
                return Lead + chinese(match);
            }
        }

        return $"{Lead}{original}";
    }

    /// <summary>The token Scriban found, quoted; the end of the file said in words.</summary>
    private static string Token(Match match)
    {
        var token = match.Groups["token"].Value;
        return token.Equals("<EOF>", StringComparison.OrdinalIgnoreCase) || token.Length == 0 ? "文件结尾" : $"“{token}”";
    }

    [GeneratedRegex("The <end> statement was not found|The `end` statement was not found")]
    private static partial Regex EndNotFound();

    [GeneratedRegex("Found <end> statement .*without a corresponding beginning of a block")]
    private static partial Regex EndWithoutBlock();

    [GeneratedRegex("Unexpected end of file while parsing a (?:verbatim )?string not terminated by a (.)")]
    private static partial Regex UnterminatedString();

    [GeneratedRegex("Unexpected code block exit '}}'")]
    private static partial Regex ExitWithoutEnter();

    [GeneratedRegex("else condition must be preceded|`when` condition must be preceded")]
    private static partial Regex ElseWithoutIf();

    [GeneratedRegex("Expecting 'in' word instead of `(?<token>[^`]*)`")]
    private static partial Regex ExpectingIn();

    [GeneratedRegex("Expecting an <expression> to the right of the operator instead of `(?<token>[^`]*)`")]
    private static partial Regex ExpectingRightOperand();

    [GeneratedRegex("Expecting <(?:index_)?expression> instead of `(?<token>[^`]*)`")]
    private static partial Regex ExpectingExpression();

    [GeneratedRegex("Expecting a variable instead of `(?<token>[^`]*)`")]
    private static partial Regex ExpectingVariable();

    [GeneratedRegex("Expecting a closing parenthesis for a function call")]
    private static partial Regex ClosingParenthesis();

    [GeneratedRegex("Expecting a comma to separate arguments in a function call")]
    private static partial Regex ArgumentComma();

    [GeneratedRegex("Expecting an assign expression")]
    private static partial Regex AssignExpression();

    [GeneratedRegex("Invalid token (?:found )?`(?<token>[^`]*)`")]
    private static partial Regex InvalidToken();

    [GeneratedRegex("Unexpected escape character `(.)`")]
    private static partial Regex UnexpectedEscape();

    [GeneratedRegex(@"^Unexpected token (?:\\n|\n|\r)")]
    private static partial Regex UnexpectedLineBreak();

    [GeneratedRegex("^Unexpected token `?(?<token>[^`]*)`?$")]
    private static partial Regex UnexpectedToken();

    [GeneratedRegex("Opened interpolated expression not closed on the same line")]
    private static partial Regex InterpolationNotClosed();
}
