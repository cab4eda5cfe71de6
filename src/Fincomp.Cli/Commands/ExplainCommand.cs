using System.CommandLine;
using Fincomp.Checks;
using Fincomp.Cli.Output;

namespace Fincomp.Cli.Commands;

/// <summary><c>fincomp explain FC1203</c>: a rule's description, an example and the fix, for the clerk who met it.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var code = new Argument<string>("code") { Description = "规则编码，如 FC1203" };
        var command = new Command("explain", "说明一条规则：含义、示例与改法。") { code };
        command.SetAction(parseResult =>
        {
            var wanted = parseResult.GetValue(code)!.Trim().ToUpperInvariant();
            if (RuleSet.Default.Find(wanted) is not { } rule)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"没有规则 {wanted}；fincomp rules 列出全部规则。");
                return ExitCodes.Unreadable;
            }

            RuleCatalog.WriteRule(rule.Info, parseResult.InvocationConfiguration.Output);
            return ExitCodes.Clean;
        });
        return command;
    }
}
