using Fincomp.Diagnostics;

namespace Fincomp.Input;

/// <summary>A mapping, its entries in written order; duplicates were reported and dropped while reading.</summary>
internal sealed class YamlMapping(SourceSpan span, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries) : YamlNode(span)
{
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    public override string KindName => "映射";
}
