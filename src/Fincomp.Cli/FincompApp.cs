using System.CommandLine;
using Fincomp.Cli.Commands;

namespace Fincomp.Cli;

/// <summary>Wires the commands together; output is injected so tests drive the whole CLI in-process.</summary>
public static class FincompApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("fincomp：由一个 YAML 文件生成并核对部门决算公开报告。");
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());

        // Further commands register here, one line each.
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        root.Subcommands.Add(ChartsCommand.Create());
        root.Subcommands.Add(TemplatesCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is null)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            return ExitCodes.Unreadable;
        }

        var code = parsed.Invoke(configuration);
        return parsed.Errors.Count > 0 ? ExitCodes.Unreadable : code;
    }
}
