using System.CommandLine;
using Fincomp.Cli.Help;
using Fincomp.Cli.Output;
using Fincomp.Diagnostics;

namespace Fincomp.Cli.Commands;

/// <summary>
/// <c>fincomp rules</c>: one line per rule (code, severity, title); <c>--markdown</c> writes the full catalogue that
/// docs/rules.md is generated from, so the documentation is the rule set itself.
/// </summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var markdown = new Option<bool>("--markdown") { Description = "输出完整的说明（Markdown，即 docs/rules.md）" };
        var command = new ExampleCommand("rules", "列出全部编码：输入错误（FC0xxx）与核对规则（FC1xxx）。")
        {
            Examples = [("fincomp rules", "每个编码一行：编码、级别、名称"), ("fincomp rules --markdown > rules.md", "写出完整说明")],
        };
        command.Options.Add(markdown);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(markdown))
            {
                RuleCatalog.WriteMarkdown(output);
            }
            else
            {
                foreach (var info in CodeCatalog.All)
                {
                    output.WriteLine($"{info.Code}  {Diagnostic.SeverityWord(info.Severity),-7}  {info.Title}");
                }
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}
