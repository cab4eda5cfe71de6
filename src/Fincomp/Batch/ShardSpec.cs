using System.Globalization;
using System.Text.RegularExpressions;

namespace Fincomp.Batch;

/// <summary>
/// <c>--shard i/n</c>: the i-th of n slices of the inputs (1-based), so a CI matrix of n machines covers every unit
/// exactly once. Inputs are taken in ordinal path order and dealt out round-robin, which balances the slices and
/// gives every machine the same answer.
/// </summary>
public sealed partial record ShardSpec(int Index, int Count)
{
    public static readonly ShardSpec All = new(1, 1);

    public static bool TryParse(string? text, out ShardSpec shard, out string? problem)
    {
        shard = All;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is null || !match.Success)
        {
            problem = $"--shard 应写成 i/n（如 2/4），实际是 '{text}'。";
            return false;
        }

        var index = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var count = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (count < 1 || index < 1 || index > count)
        {
            problem = $"--shard {text}：要求 1 ≤ i ≤ n。";
            return false;
        }

        shard = new ShardSpec(index, count);
        problem = null;
        return true;
    }

    /// <summary>This shard's part of <paramref name="files"/>, in ordinal order.</summary>
    public IReadOnlyList<string> Select(IEnumerable<string> files) =>
        files.Order(StringComparer.Ordinal)
            .Where((_, position) => position % Count == Index - 1)
            .ToList();

    [GeneratedRegex(@"^(\d{1,6})/(\d{1,6})$")]
    private static partial Regex Pattern();
}
