using System.Globalization;
using System.Text.RegularExpressions;
using Fincomp.Checks.Rules;

namespace Fincomp.Document;

/// <summary>
/// A heading stands only over content. A section whose data were not given has its sentences left out by the
/// templates; this leaves out its heading too, and the numbered headings beside it close up (十（一）、（三） become
/// （一）、（二）), so that no reader meets a heading with nothing under it or a gap in the numbering.
/// </summary>
/// <remarks>
/// Content is a paragraph with text, a table or a figure. Part headings (第一部分 …) and the title are kept as they
/// are: the five parts are the fixed frame of the disclosure. Siblings are renumbered only where one of them was left
/// out, so numbering written elsewhere (a clerk's own headings in the attachments) is never touched.
/// </remarks>
internal static partial class HeadingOutline
{
    public static IReadOnlyList<Block> Tidy(IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var dropped = new bool[blocks.Count];
        var anyDropped = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is Heading { Level: > HeadingLevel.Part } heading && !HasContent(blocks, i, heading.Level))
            {
                dropped[i] = anyDropped = true;
            }
        }

        if (!anyDropped)
        {
            return blocks;
        }

        var renamed = Renumbered(blocks, dropped);
        return [.. blocks.Select((b, i) => (Block: renamed.TryGetValue(i, out var heading) ? heading : b, Index: i)).Where(x => !dropped[x.Index]).Select(x => x.Block)];
    }

    /// <summary>Whether anything but headings comes between the heading at <paramref name="index"/> and the next one of its level or above.</summary>
    private static bool HasContent(IReadOnlyList<Block> blocks, int index, HeadingLevel level)
    {
        for (var j = index + 1; j < blocks.Count; j++)
        {
            switch (blocks[j])
            {
                case Heading next when next.Level <= level:
                    return false;
                case Paragraph paragraph when !string.IsNullOrWhiteSpace(paragraph.Text):
                case Table:
                case Figure:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The kept headings that take a new number: siblings (same level, same enclosing heading) of a left-out heading,
    /// numbered on from the first sibling's number in the order they stand.
    /// </summary>
    private static Dictionary<int, Heading> Renumbered(IReadOnlyList<Block> blocks, bool[] dropped)
    {
        var groups = new Dictionary<(int Parent, HeadingLevel Level), List<int>>();
        var enclosing = new Dictionary<HeadingLevel, int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not Heading heading)
            {
                continue;
            }

            enclosing[heading.Level] = i;
            foreach (var deeper in enclosing.Keys.Where(l => l > heading.Level).ToList())
            {
                enclosing.Remove(deeper);
            }

            var parent = enclosing.Where(p => p.Key < heading.Level).Select(p => p.Value).DefaultIfEmpty(-1).Max();
            if (!groups.TryGetValue((parent, heading.Level), out var members))
            {
                groups[(parent, heading.Level)] = members = [];
            }

            members.Add(i);
        }

        var renamed = new Dictionary<int, Heading>();
        foreach (var ((_, level), members) in groups)
        {
            if (!members.Any(m => dropped[m]) || Number(level, ((Heading)blocks[members[0]]).Text) is not { } first)
            {
                continue;
            }

            var next = first.Value;
            foreach (var member in members.Where(m => !dropped[m]))
            {
                var heading = (Heading)blocks[member];
                if (Number(level, heading.Text) is { } own)
                {
                    renamed[member] = heading with { Text = Label(level, next, heading.Text[own.Length - 1]) + heading.Text[own.Length..] };
                    next++;
                }
            }
        }

        return renamed;
    }

    /// <summary>The number a heading of <paramref name="level"/> starts with ("第二部分", "七、", "（二）", "3."), and the length of that label.</summary>
    public static (int Value, int Length)? Number(HeadingLevel level, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = level switch
        {
            HeadingLevel.Title => Match.Empty,
            HeadingLevel.Part => PartLabel().Match(text),
            HeadingLevel.Section => SectionLabel().Match(text),
            HeadingLevel.Subsection => SubsectionLabel().Match(text),
            _ => ItemLabel().Match(text),
        };
        if (!match.Success)
        {
            return null;
        }

        var digits = match.Groups[1].Value;
        var value = level == HeadingLevel.Item ? int.Parse(digits, CultureInfo.InvariantCulture) : ChineseText.ParseNumeral(digits);
        return value is > 0 ? (value.Value, match.Length) : null;
    }

    /// <summary>The label of <paramref name="number"/> at <paramref name="level"/>; a numbered item keeps its own mark (. ． 、).</summary>
    public static string Label(HeadingLevel level, int number, char mark) => level switch
    {
        HeadingLevel.Part => "第" + ChineseText.FormatNumeral(number) + "部分",
        HeadingLevel.Section => ChineseText.FormatNumeral(number) + "、",
        HeadingLevel.Subsection => "（" + ChineseText.FormatNumeral(number) + "）",
        _ => number.ToString(CultureInfo.InvariantCulture) + mark,
    };

    [GeneratedRegex("^第([一二三四五六七八九十]+)部分")]
    private static partial Regex PartLabel();

    [GeneratedRegex("^([一二三四五六七八九十]+)、")]
    private static partial Regex SectionLabel();

    [GeneratedRegex("^（([一二三四五六七八九十]+)）")]
    private static partial Regex SubsectionLabel();

    [GeneratedRegex("^([0-9]{1,3})[.．、]")]
    private static partial Regex ItemLabel();
}
