using System.CommandLine;
using Fincomp.Cli.Help;
using Fincomp.Input;

namespace Fincomp.Cli.Commands;

/// <summary><c>fincomp schema</c>: prints the JSON Schema of the unit format, for editors that complete and validate keys.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new ExampleCommand("schema", "输出单位文件格式的 JSON Schema（供编辑器补全与校验）。")
        {
            Examples = [("fincomp schema > fincomp.schema.json", "写出后在单位文件首行加 # yaml-language-server: $schema=fincomp.schema.json")],
        };
        command.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Output.Write(UnitSchema.Json());
            return ExitCodes.Clean;
        });
        return command;
    }
}
