using Fincomp.Diagnostics;

namespace Fincomp.Input;

/// <summary>
/// A node of the parsed YAML, kept with its position. fincomp builds its own small tree (rather than YamlDotNet's
/// representation model) so that duplicate keys, anchors and depth are under its control and reported, not thrown.
/// </summary>
internal abstract class YamlNode(SourceSpan span)
{
    public SourceSpan Span { get; } = span;

    /// <summary>What the node is, in the words of a message: 映射, 列表, 标量.</summary>
    public abstract string KindName { get; }
}
