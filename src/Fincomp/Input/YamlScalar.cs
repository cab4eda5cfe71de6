using Fincomp.Diagnostics;

namespace Fincomp.Input;

/// <summary>A scalar as written; <see cref="IsPlain"/> tells an unquoted 12 (a number) from a quoted "12" (text).</summary>
internal sealed class YamlScalar(SourceSpan span, string value, bool isPlain) : YamlNode(span)
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;

    /// <summary>An empty plain scalar, ~ or null: YAML's null.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => "标量";
}
