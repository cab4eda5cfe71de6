using System.Text.RegularExpressions;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Narrative;

/// <summary>
/// Numbered lists in the built-in templates take their numbers from next_number / next_numeral, never from a
/// counter the template adds to itself (<c>n = n + 1</c>): a clerk who moves, adds or drops an entry then never
/// renumbers the others, and an entry left out for the unit leaves no gap.
/// </summary>
public sealed partial class HandCountingTests
{
    public static TheoryData<string> Templates() =>
        [.. Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "templates"), "*.scriban", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestPaths.RepositoryRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Templates))]
    public void No_template_counts_by_hand(string template)
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, template));

        var counting = lines.Select((text, index) => (Text: text, Line: index + 1)).Where(l => Counter().IsMatch(l.Text)).ToList();

        Assert.True(counting.Count == 0, string.Join("\n", counting.Select(l => $"{template}:{l.Line}: {l.Text}")));
    }

    [Fact]
    public void The_counter_pattern_finds_a_hand_counted_entry()
    {
        Assert.Matches(Counter(), "{{ n = n + 1 }}{{ n }}.因公出国（境）经费支出");
        Assert.Matches(Counter(), "{{~ count=count+1 ~}}");
        Assert.DoesNotMatch(Counter(), "{{ next_number \"三公经费\" }}.因公出国（境）经费支出");
        Assert.DoesNotMatch(Counter(), "{{ for.index + 1 }}.{{ item }}");
    }

    [GeneratedRegex(@"\b(\w+)\s*=\s*\1\s*\+\s*1\b")]
    private static partial Regex Counter();
}
