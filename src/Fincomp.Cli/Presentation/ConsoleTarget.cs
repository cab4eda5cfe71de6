using Spectre.Console;

namespace Fincomp.Cli.Presentation;

/// <summary>
/// Where batch output goes: a live terminal gets Spectre.Console's progress bar; redirected output (CI logs, tests)
/// gets plain lines, one per unit, that read well in a log file.
/// </summary>
internal sealed class ConsoleTarget(TextWriter output)
{
    public TextWriter Output { get; } = output;

    public bool IsInteractive => ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null;

    /// <summary>A Spectre console writing plain text to <see cref="Output"/>: tables without colour, CJK aligned.</summary>
    public IAnsiConsole Plain() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Out = new AnsiConsoleOutput(Output),
        Interactive = IsInteractive ? InteractionSupport.Detect : InteractionSupport.No,
    });
}
