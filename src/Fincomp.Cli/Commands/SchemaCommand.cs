using System.CommandLine;
using Fincomp.Input;

namespace Fincomp.Cli.Commands;

/// <summary><c>fincomp schema</c>: prints the JSON Schema of the unit format, for editors that complete and validate keys.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "输出单位文件格式的 JSON Schema（供编辑器补全与校验）。");
        command.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Output.Write(UnitSchema.Json());
            return ExitCodes.Clean;
        });
        return command;
    }
}
