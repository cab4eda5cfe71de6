using Fincomp.Diagnostics;

namespace Fincomp.Input;

/// <summary>
/// Stands where an alias was written. The alias itself was reported; the binder skips this node silently so the one
/// mistake is not reported a second time as a missing or wrong value.
/// </summary>
internal sealed class YamlAliasNode(SourceSpan span) : YamlNode(span)
{
    public override string KindName => "别名";
}
