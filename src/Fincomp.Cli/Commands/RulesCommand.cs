using System.CommandLine;
using Fincomp.Checks;
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
        var markdown = new Option<bool>("--markdown") { Description = "输出完整的规则说明（Markdown，即 docs/rules.md）" };
        var command = new Command("rules", "列出全部核对规则。") { markdown };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(markdown))
            {
                RuleCatalog.WriteMarkdown(RuleSet.Default, output);
            }
            else
            {
                foreach (var rule in RuleSet.Default.Rules)
                {
                    output.WriteLine($"{rule.Info.Code}  {Diagnostic.SeverityWord(rule.Info.Severity),-7}  {rule.Info.Title}");
                }
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}
