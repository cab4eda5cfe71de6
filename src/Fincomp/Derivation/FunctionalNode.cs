using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// A 类, 款 or 项 with its sums and children, names resolved from the reference table (or as the clerk wrote them
/// when the table does not know the code).
/// </summary>
public sealed record FunctionalNode(FunctionalNodeLevel Level, string Code, string Name, FunctionalAmounts Amounts, IReadOnlyList<FunctionalNode> Children)
{
    /// <summary>
    /// The 项's lines in this tree, on item nodes: one per fund source the 项 is paid from (一般公共预算 first), so a 项
    /// funded from 财政拨款 and 其他资金 is one row whose figures are the sum of its lines.
    /// </summary>
    public IReadOnlyList<FunctionalLine> Lines { get; init; } = [];

    /// <summary>The 项's first line (in fund order), on item nodes: the one a single-fund tree holds.</summary>
    public FunctionalLine? Line => Lines.Count > 0 ? Lines[0] : null;

    /// <summary>A 类 or 款 printing the total the unit declared for it (<c>functional.declared_totals</c>), a figure the unit wrote.</summary>
    public bool Declared { get; init; }

    /// <summary>The two digits this node adds to its parent's code ("03" for 款 20103), as the text writes them.</summary>
    public string OwnDigits => Level == FunctionalNodeLevel.Class ? Code : Code[^2..];
}
