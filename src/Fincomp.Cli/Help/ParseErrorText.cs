using System.Text.RegularExpressions;

namespace Fincomp.Cli.Help;

/// <summary>
/// Puts System.CommandLine's parse errors into Chinese. The library's texts are internal English resources (its zh-Hans
/// satellite is half English and names .NET types), so each of its message forms is matched here and said again;
/// a form not known here is shown as is rather than hidden. A test pins every form this parser version produces.
/// </summary>
internal static partial class ParseErrorText
{
    private static readonly (Regex Pattern, Func<Match, string> Say)[] Forms =
    [
        (UnrecognizedToken(), m => $"不认识的命令或参数 '{m.Groups[1].Value}'。"),
        (NotMatched(), m => $"不认识 '{m.Groups[1].Value}'，是否想写：{Choices(m.Groups[2].Value)}？"),
        (RequiredCommand(), _ => "缺少命令。"),
        (CommandArgumentMissing(), m => $"命令 {m.Groups[1].Value} 缺少参数。"),
        (OptionArgumentMissing(), m => $"选项 {m.Groups[1].Value} 后缺少值。"),
        (RequiredOption(), m => $"缺少必需的选项 {m.Groups[1].Value}。"),
        (SingleArgument(), m => $"选项 {m.Groups[1].Value} 只接受一个值，实际给了 {m.Groups[2].Value} 个。"),
        (CannotParseForSymbol(), m => $"{Symbol(m.Groups[2].Value, m.Groups[3].Value)}的值 '{m.Groups[1].Value}' 不是{TypeWord(m.Groups[4].Value)}。"),
        (CannotParse(), m => $"'{m.Groups[1].Value}' 不是{TypeWord(m.Groups[2].Value)}。"),
        (NotOneOf(), m => $"'{m.Groups[1].Value}' 不是可选的值；只能是：{Choices(m.Groups[2].Value)}。"),
        (FileMissing(), m => $"文件不存在：{m.Groups[1].Value}"),
        (DirectoryMissing(), m => $"文件夹不存在：{m.Groups[1].Value}"),
        (ResponseFileMissing(), m => $"找不到参数文件 {m.Groups[1].Value}。"),
    ];

    public static string Translate(string message)
    {
        foreach (var (pattern, say) in Forms)
        {
            if (pattern.Match(message) is { Success: true } match)
            {
                return say(match);
            }
        }

        return message;
    }

    private static string Symbol(string kind, string name) => kind == "option" ? $"选项 {name} " : $"命令 {name} ";

    private static string TypeWord(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "整数",
        "System.Decimal" or "System.Double" => "数字",
        _ => "可接受的值",
    };

    private static string Choices(string list) =>
        string.Join("、", list.Split(['\n', '\r', '\t', '\''], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => w.Length > 0));

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex UnrecognizedToken();

    [GeneratedRegex(@"^'(.*)' was not matched\. Did you mean one of the following\?(.*)$", RegexOptions.Singleline)]
    private static partial Regex NotMatched();

    [GeneratedRegex(@"^Required command was not provided\.$")]
    private static partial Regex RequiredCommand();

    [GeneratedRegex(@"^Required argument missing for command: '(.*)'\.$")]
    private static partial Regex CommandArgumentMissing();

    [GeneratedRegex(@"^Required argument missing for option: '(.*)'\.$")]
    private static partial Regex OptionArgumentMissing();

    [GeneratedRegex(@"^Option '(.*)' is required\.$")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Option '(.*)' expects a single argument but (\d+) were provided\.$")]
    private static partial Regex SingleArgument();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for (option|command) '(.*)' as expected type '(.*?)'\.", RegexOptions.Singleline)]
    private static partial Regex CannotParseForSymbol();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' as expected type '(.*?)'\.", RegexOptions.Singleline)]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Argument '(.*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline)]
    private static partial Regex NotOneOf();

    [GeneratedRegex(@"^File does not exist: '(.*)'\.$")]
    private static partial Regex FileMissing();

    [GeneratedRegex(@"^Directory does not exist: '(.*)'\.$")]
    private static partial Regex DirectoryMissing();

    [GeneratedRegex(@"^Response file not found '(.*)'\.$")]
    private static partial Regex ResponseFileMissing();
}
