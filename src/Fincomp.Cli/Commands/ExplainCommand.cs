using System.CommandLine;
using Fincomp.Cli.Help;
using Fincomp.Cli.Output;

namespace Fincomp.Cli.Commands;

/// <summary><c>fincomp explain FC1203</c>: a rule's description, an example and the fix, for the clerk who met it.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var code = new Argument<string>("code") { HelpName = "编码", Description = "发现的编码，如 FC1203、FC0105" };
        var command = new ExampleCommand("explain", "说明一个编码（核对规则或输入错误）：含义、示例与改法。")
        {
            Examples = [("fincomp explain FC1203", "功能分类的类、款合计与其下各项之和不符时怎么办")],
        };
        command.Arguments.Add(code);
        command.SetAction(parseResult =>
        {
            var wanted = parseResult.GetValue(code)!.Trim().ToUpperInvariant();
            if (CodeCatalog.Find(wanted) is not { } info)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"没有编码 {wanted}；fincomp rules 列出全部编码。");
                return ExitCodes.Unreadable;
            }

            RuleCatalog.WriteRule(info, parseResult.InvocationConfiguration.Output);
            return ExitCodes.Clean;
        });
        return command;
    }
}
