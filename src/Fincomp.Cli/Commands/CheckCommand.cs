using System.CommandLine;
using Fincomp.Diagnostics;
using Fincomp.Input;

namespace Fincomp.Cli.Commands;

/// <summary><c>fincomp check FILE|DIR…</c>: reads every unit and reports its findings in the compiler form editors parse.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "单位 YAML 文件或文件夹", Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", "核对单位文件：输入错误与数字不一致之处。") { inputs };
        command.SetAction(parseResult => Run(parseResult.GetValue(inputs)!, parseResult.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string[] paths, TextWriter output)
    {
        var loader = new UnitLoader();
        var exitCode = ExitCodes.Clean;
        var errors = 0;
        var warnings = 0;
        foreach (var file in InputFiles.Expand(paths))
        {
            var result = loader.Load(file);
            foreach (var diagnostic in result.Diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
            }

            errors += result.Diagnostics.Count(d => d.Severity == Severity.Error);
            warnings += result.Diagnostics.Count(d => d.Severity == Severity.Warning);
            if (!result.Succeeded)
            {
                exitCode = ExitCodes.Unreadable;
            }
        }

        output.WriteLine($"{errors} 个错误，{warnings} 个警告。");
        return exitCode;
    }
}
