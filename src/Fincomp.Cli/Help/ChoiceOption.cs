using System.CommandLine;

namespace Fincomp.Cli.Help;

/// <summary>
/// An option whose value is one of a few lowercase words (<c>--format human|json|…</c>): help shows the words users
/// type, not a .NET type, and a wrong word gets a Chinese message listing the right ones.
/// </summary>
internal static class ChoiceOption
{
    public static Option<T> Create<T>(string name, string alias, string description, IReadOnlyList<(string Word, T Value)> choices, T defaultValue)
    {
        var words = string.Join("|", choices.Select(c => c.Word));
        return new Option<T>(name, alias)
        {
            Description = description,
            HelpName = words,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
                foreach (var (word, value) in choices)
                {
                    if (string.Equals(word, token, StringComparison.OrdinalIgnoreCase))
                    {
                        return value;
                    }
                }

                result.AddError($"{name} 只能是 {string.Join("、", choices.Select(c => c.Word))}，实际是 '{token}'。");
                return defaultValue;
            },
        }.AcceptOnlyWords(choices.Select(c => c.Word));
    }

    private static Option<T> AcceptOnlyWords<T>(this Option<T> option, IEnumerable<string> words)
    {
        option.CompletionSources.Add(words.ToArray());
        return option;
    }
}
