using Fincomp.Diagnostics;
using System.CommandLine;
using System.CommandLine.Help;
using Fincomp.Cli.Commands;
using Fincomp.Cli.Help;
using Fincomp.Cli.Relaunch;
using Fincomp.Input;

namespace Fincomp.Cli;

/// <summary>Wires the commands together; output is injected so tests drive the whole CLI in-process.</summary>
public static class FincompApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, Console.In);

    /// <summary>Runs one command line; <paramref name="input"/> is what <c>fincomp check -</c> reads.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input) => Run(args, output, error, input, relauncher: null);

    /// <summary>
    /// Runs one command line as the program does: with a <paramref name="relauncher"/>, a build of many units runs in a
    /// child process tuned for long runs (<see cref="BatchRelauncher"/>); without one (tests), everything runs here.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input, BatchRelauncher? relauncher)
    {
        var root = CreateRoot(input, relauncher);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not ChineseHelpAction)
        {
            foreach (var message in parsed.Errors.Select(e => ParseErrorText.Translate(e.Message)).Distinct())
            {
                error.WriteLine(message);
            }

            if (parsed.CommandResult.Command is RootCommand && parsed.UnmatchedTokens is [var typed, ..]
                && KeySuggestion.Closest(typed, root.Subcommands.Select(c => c.Name)) is { } meant)
            {
                error.WriteLine($"是否想写 fincomp {meant}？");
            }

            error.WriteLine($"用 {CommandPath.Of(parsed.CommandResult.Command)} --help 查看用法。");
            return ExitCodes.Unreadable;
        }

        return parsed.Invoke(configuration);
    }

    /// <summary>The whole command tree, with Chinese help on every command.</summary>
    internal static RootCommand CreateRoot(TextReader input, BatchRelauncher? relauncher = null)
    {
        var root = new RootCommand("fincomp：由一个 YAML 文件生成并核对部门决算公开报告。");
        root.Subcommands.Add(CheckCommand.Create(input));
        root.Subcommands.Add(BuildCommand.Create(relauncher));
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        root.Subcommands.Add(ChartsCommand.Create());
        root.Subcommands.Add(TemplatesCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = "显示帮助";
                    help.Action = new ChineseHelpAction();
                    break;
                case VersionOption version:
                    version.Description = "显示版本";
                    break;
            }
        }

        // Without a command there is nothing to run: show what there is instead of an error.
        root.SetAction(parseResult =>
        {
            ChineseHelpAction.Write(root, parseResult.InvocationConfiguration.Output);
            return ExitCodes.Unreadable;
        });
        return root;
    }
}
