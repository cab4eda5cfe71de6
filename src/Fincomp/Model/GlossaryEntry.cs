using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>An extra 名词解释 entry, beyond the standard terms and the 项 the unit used.</summary>
public sealed record GlossaryEntry : ModelNode
{
    [Description("术语")]
    public required string Term { get; init; }

    [Description("解释")]
    public required string Definition { get; init; }
}
