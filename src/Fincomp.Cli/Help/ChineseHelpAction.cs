using System.CommandLine;
using System.CommandLine.Invocation;

namespace Fincomp.Cli.Help;

/// <summary>
/// Writes a command's help in Chinese: usage, description, arguments, options, subcommands and examples.
/// System.CommandLine's own help builder is internal and its texts are English, so the layout is ours.
/// </summary>
internal sealed class ChineseHelpAction : SynchronousCommandLineAction
{
    private const int MaxFirstColumn = 34;

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return ExitCodes.Clean;
    }

    public static void Write(Command command, TextWriter output)
    {
        output.WriteLine($"用法：{Usage(command)}");
        output.WriteLine();
        output.WriteLine(command.Description);
        WriteSection(output, "参数", command.Arguments.Where(a => !a.Hidden).Select(a => (ArgumentLabel(a), a.Description ?? "")));
        WriteSection(output, "选项", OptionsOf(command).Select(o => (OptionLabel(o), o.Description ?? "")));
        WriteSection(output, "命令", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? "")));
        if (command is ExampleCommand { Examples.Count: > 0 } withExamples)
        {
            output.WriteLine();
            output.WriteLine("示例：");
            foreach (var (line, meaning) in withExamples.Examples)
            {
                output.WriteLine($"  {line}");
                output.WriteLine($"      {meaning}");
            }
        }
    }

    private static IEnumerable<Option> OptionsOf(Command command) =>
        command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive)))
            .Where(o => !o.Hidden)
            .Distinct();

    private static string Usage(Command command)
    {
        var parts = new List<string> { CommandPath.Of(command) };
        if (command.Subcommands.Count > 0)
        {
            parts.Add("<命令>");
        }

        parts.Add("[选项]");
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(ArgumentLabel));
        return string.Join(' ', parts);
    }

    private static string ArgumentLabel(Argument argument)
    {
        var name = argument.HelpName ?? argument.Name;
        return argument.Arity.MaximumNumberOfValues > 1 ? $"<{name}…>" : $"<{name}>";
    }

    private static string OptionLabel(Option option)
    {
        var names = option.Aliases.Where(a => a.StartsWith('-') && !a.StartsWith("--", StringComparison.Ordinal)).Take(1)
            .Append(option.Name);
        var label = string.Join(", ", names);
        return option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool) ? label : $"{label} <{option.HelpName ?? "值"}>";
    }

    private static void WriteSection(TextWriter output, string title, IEnumerable<(string First, string Second)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"{title}：");
        var width = Math.Min(MaxFirstColumn, list.Max(r => DisplayWidth.Of(r.First))) + 2;
        foreach (var (first, second) in list)
        {
            if (DisplayWidth.Of(first) + 2 > width)
            {
                output.WriteLine($"  {first}");
                output.WriteLine($"  {new string(' ', width)}{second}");
            }
            else
            {
                output.WriteLine($"  {DisplayWidth.PadRight(first, width)}{second}");
            }
        }
    }
}
