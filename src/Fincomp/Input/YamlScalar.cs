using Fincomp.Diagnostics;

namespace Fincomp.Input;

/// <summary>
/// A scalar as written; <see cref="IsPlain"/> tells an unquoted 12 (a number) from a quoted "12" (text), and
/// <see cref="Source"/> keeps the characters that wrote it so a text rule can point inside it.
/// </summary>
internal sealed class YamlScalar(SourceSpan span, string value, bool isPlain, string source = "") : YamlNode(span)
{
    public string Value { get; } = value;

    /// <summary>The scalar exactly as written in the file (quotes, block indicator, line breaks and indentation included).</summary>
    public string Source { get; } = source;

    public bool IsPlain { get; } = isPlain;

    /// <summary>An empty plain scalar, ~ or null: YAML's null.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => "标量";
}
