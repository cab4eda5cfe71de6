using System.CommandLine;

namespace Fincomp.Cli.Help;

/// <summary>A command whose help ends with worked examples, so a clerk can copy a line instead of reading the options.</summary>
internal sealed class ExampleCommand(string name, string description) : Command(name, description)
{
    /// <summary>Command lines a user types, each with what it does: <c>("fincomp check 单位.yaml", "核对一个单位")</c>.</summary>
    public IReadOnlyList<(string Line, string Meaning)> Examples { get; init; } = [];
}
