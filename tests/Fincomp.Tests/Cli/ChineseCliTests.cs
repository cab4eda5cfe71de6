using System.CommandLine;
using System.Text.RegularExpressions;
using Fincomp.Cli;
using Fincomp.Cli.Output;
using Fincomp.Tests.Checks;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Cli;

/// <summary>Every word of help and of command-line errors is Chinese; identifiers a user types are the only Latin words.</summary>
public sealed partial class ChineseCliTests : IDisposable
{
    /// <summary>Latin words a user may see: what they type (formats, file types) and names of products and standards.</summary>
    private static readonly HashSet<string> Typed = new(StringComparer.Ordinal)
    {
        "fincomp", "human", "json", "sarif", "github", "junit", "docx", "html", "pdf", "yaml", "xlsx", "csv", "ttf", "otf", "ttc",
        "png", "svg", "xls", "units", "fig1", "reference", "schema", "type", "YAML", "JSON", "Schema", "Word", "HTML", "PDF", "PNG",
        "SVG", "CI", "CPU", "GitHub", "Actions", "GitLab", "Jenkins", "Gitee", "SARIF", "FC1203", "FC0105", "FC0xxx", "FC1xxx",
        "jingfa", "previous_year", "language", "server", "Markdown", "docs", "md", "sichuan", "shanghai", "settings", "template_pack", "LibreOffice", "WPS",
    };

    private readonly TemporaryFolder _folder = new("fincomp-cli-");

    public void Dispose() => _folder.Dispose();

    private static (int Code, string Output, string Error) Run(string[] args, string input = "")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = FincompApp.Run(args, output, error, new StringReader(input));
        return (code, output.ToString(), error.ToString());
    }

    public static TheoryData<string> Commands() =>
        new(["", .. FincompApp.CreateRoot(TextReader.Null).Subcommands.Select(c => c.Name)]);

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_has_no_English_words_and_every_command_shows_an_example(string command)
    {
        var args = command.Length == 0 ? new[] { "--help" } : [command, "--help"];
        var (code, help, _) = Run(args);

        Assert.Equal(0, code);
        Assert.StartsWith("用法：fincomp", help, StringComparison.Ordinal);
        Assert.Empty(EnglishWords(help, [command]));
        if (command.Length > 0)
        {
            Assert.Contains("示例：", help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_jobs_default_is_said_as_words_not_this_machine_s_core_count()
    {
        var (_, help, _) = Run(["check", "--help"]);

        Assert.Contains("缺省：CPU 核数", help, StringComparison.Ordinal);
        Assert.Contains("<human|json|sarif|github|junit>", help, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "buidl" }, "不认识的命令或参数 'buidl'", "是否想写 fincomp build？")]
    [InlineData(new[] { "check", "-f", "xml", "a.yaml" }, "--format 只能是 human、json、sarif、github、junit，实际是 'xml'。", "fincomp check --help")]
    [InlineData(new[] { "check", "--jobs", "many", "a.yaml" }, "选项 --jobs 的值 'many' 不是整数。", "fincomp check --help")]
    [InlineData(new[] { "check" }, "命令 check 缺少参数。", "fincomp check --help")]
    [InlineData(new[] { "charts", "a.yaml" }, "缺少必需的选项 --output。", "fincomp charts --help")]
    [InlineData(new[] { "check", "--format" }, "选项 --format 后缺少值。", "fincomp check --help")]
    [InlineData(new[] { "explain", "FC1203", "FC1204" }, "不认识的命令或参数 'FC1204'。", "fincomp explain --help")]
    public void Parse_errors_are_Chinese_and_point_at_the_help(string[] args, string message, string hint)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains(hint, error, StringComparison.Ordinal);
        Assert.Empty(EnglishWords(error, args));
    }

    [Fact]
    public void No_command_shows_the_commands()
    {
        var (code, output, _) = Run([]);

        Assert.Equal(2, code);
        Assert.Contains("命令：", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_dash_reads_standard_input()
    {
        var bad = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "income_total: 320.00", "income_total: 321.00");

        var (code, output, _) = Run(["check", "-"], bad);

        Assert.Equal(1, code);
        Assert.Contains("标准输入(", output, StringComparison.Ordinal);
        Assert.Equal(0, Run(["check", "-"], ConsistentUnit.Yaml).Code);
    }

    [Fact]
    public void Dash_cannot_be_mixed_with_files_or_used_by_build()
    {
        Assert.Equal(2, Run(["check", "-", "a.yaml"]).Code);
        var (code, _, error) = Run(["build", "-"]);
        Assert.Equal(2, code);
        Assert.Contains("标准输入", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("charts")]
    [InlineData("templates")]
    public void Output_to_standard_output_is_refused(string command)
    {
        var unit = Path.Combine(_folder.Path, "unit.yaml");
        File.WriteAllText(unit, ConsistentUnit.Yaml);
        string[] args = command == "templates" ? [command, "-o", "-"] : [command, unit, "-o", "-"];

        var (code, _, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Contains("-o 须是文件夹", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists("-"));
    }

    [Fact]
    public void Explain_and_rules_cover_every_code_including_input_codes()
    {
        var (code, text, _) = Run(["explain", "fc0105"]);
        Assert.Equal(0, code);
        Assert.Contains("## FC0105 不是数字", text, StringComparison.Ordinal);

        var (_, list, _) = Run(["rules"]);
        foreach (var known in AllCodeConstants())
        {
            Assert.NotNull(CodeCatalog.Find(known));
            Assert.Contains(known + "  ", list, StringComparison.Ordinal);
        }
    }

    /// <summary>Every "FCnnnn" constant the libraries declare, so a code added later without documentation fails here.</summary>
    private static IEnumerable<string> AllCodeConstants() =>
        typeof(Fincomp.Input.UnitLoader).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(v => CodePattern().IsMatch(v))
            .Distinct();

    /// <summary>Latin words that are neither identifiers nor what the user typed (<paramref name="typed"/> is echoed back).</summary>
    private static List<string> EnglishWords(string text, string[] typed)
    {
        var root = FincompApp.CreateRoot(TextReader.Null);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sub in root.Subcommands.Prepend(root))
        {
            names.Add(sub.Name);
            foreach (var option in sub.Options)
            {
                names.UnionWith(option.Aliases.Append(option.Name).SelectMany(n => n.Split('-', StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        return [.. LatinWord().Matches(text).Select(m => m.Value).Where(w => !Typed.Contains(w) && !names.Contains(w) && !typed.Contains(w)).Distinct()];
    }

    [GeneratedRegex("[A-Za-z][A-Za-z0-9_]+")]
    private static partial Regex LatinWord();

    [GeneratedRegex("^FC[0-9]{4}$")]
    private static partial Regex CodePattern();
}
