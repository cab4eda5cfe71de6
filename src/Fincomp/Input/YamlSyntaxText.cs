namespace Fincomp.Input;

/// <summary>
/// YamlDotNet's syntax errors said in the clerk's words: what is probably wrong on that line and how to fix it. The
/// parser's English never reaches the user; a message not known here gets the general advice.
/// </summary>
internal static class YamlSyntaxText
{
    private static readonly (string English, string Chinese)[] Known =
    [
        ("found invalid mapping", "值里出现了“冒号加空格”，或缩进不对。含冒号的文字请加引号，如 name: \"甲：乙\"。"),
        ("Mapping values are not allowed in this context", "这里不能再写“键: 值”：检查这一行的缩进是否与上一行对齐，含冒号的文字请加引号。"),
        ("did not find expected key", "缩进不一致，或上一行的键后少了冒号：同一层的键要左对齐，每级缩进两个空格。"),
        ("did not find expected '-' indicator", "列表项的缩进不一致，或少了“- ”：同一列表的各项要左对齐。"),
        ("could not find expected ':'", "键后少了冒号（写成 键: 值，冒号后有一个空格）。"),
        ("did not find expected ',' or ']'", "方括号 [ ] 没有配对，或列表项之间少了逗号。"),
        ("did not find expected ',' or '}'", "花括号 { } 没有配对，或项之间少了逗号。"),
        ("found unexpected end of stream", "引号或括号没有配对：文件结束前没有找到对应的结束符号。"),
        ("found unknown escape character", "双引号内的反斜杠 \\ 不合法：改用单引号，或写成 \\\\。"),
        ("did not find expected node content", "这里缺少值，或用了 YAML 不允许开头的符号（如 @、`、%）：请给文字加引号。"),
        ("found character that cannot start any token", "这一行以 YAML 不允许开头的符号起首（如 @、`、制表符）：请给文字加引号。"),
        ("did not find expected alphabetic or numeric character", "锚点或别名（& 或 *）后的名称不合法：单位文件不用锚点和别名，文字以 & 或 * 开头时请加引号。"),
        ("did not find expected <document start>", "文件结构无法识别：检查首行是否有多余的内容。"),
        ("did not find expected comment or line break", "这一行的值后面还有多余的内容：文字请加引号，注释前留一个空格再写 #。"),
    ];

    public static string Explain(string englishMessage)
    {
        foreach (var (english, chinese) in Known)
        {
            if (englishMessage.Contains(english, StringComparison.OrdinalIgnoreCase))
            {
                return "YAML 语法错误：" + chinese;
            }
        }

        return "YAML 语法错误：检查这一行及上一行的缩进、冒号、引号和括号。";
    }
}
