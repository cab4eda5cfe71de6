using System.CommandLine;

namespace Fincomp.Cli.Help;

/// <summary>How a user types a command (<c>fincomp check</c>): the root is always "fincomp", whatever process hosts it.</summary>
internal static class CommandPath
{
    public static string Of(Command command)
    {
        var names = new List<string>();
        for (var current = command; current is not null and not RootCommand; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, current.Name);
        }

        names.Insert(0, "fincomp");
        return string.Join(' ', names);
    }
}
