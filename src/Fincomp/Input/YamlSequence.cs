using Fincomp.Diagnostics;

namespace Fincomp.Input;

/// <summary>A sequence, in written order.</summary>
internal sealed class YamlSequence(SourceSpan span, IReadOnlyList<YamlNode> items) : YamlNode(span)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string KindName => "列表";
}
