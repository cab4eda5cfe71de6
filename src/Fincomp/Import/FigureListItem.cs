namespace Fincomp.Import;

/// <summary>
/// One imported item of a list in the unit file (a line, a declared total, an economic item, an income line): the
/// keys that identify it, the texts written only when the item is new (its name), and its figures. An optional figure
/// that is zero is not added to an existing item that lacks it, since "not written" already prints as zero there.
/// </summary>
internal sealed record FigureListItem(
    IReadOnlyList<(string Key, string Value)> Identity,
    IReadOnlyList<(string Key, string Value)> Labels,
    IReadOnlyList<(string Key, ImportedAmount? Amount, bool Optional)> Figures)
{
    /// <summary>Whether the item only restates its parts (a 款 total equal to its 项) and need not be added.</summary>
    public bool IsRedundant { get; init; }

    /// <summary>Whether an existing item of the file is this one: its argument gives a key's text or null.</summary>
    public Func<Func<string, string?>, bool> Matches { get; init; } = _ => false;

    /// <summary>
    /// Whether a new item belongs right after an existing item of the file (a 项's 其他资金 line after its 财政拨款
    /// line, so that the lines of one 项 stay together); a new item that follows none is added at the end of the list.
    /// </summary>
    public Func<Func<string, string?>, bool> Follows { get; init; } = _ => false;
}
