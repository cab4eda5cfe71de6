using Fincomp.Diagnostics;

namespace Fincomp.Model;

/// <summary>
/// Base of every mapping in a unit file. The loader records where the mapping and each of its keys were written, so
/// that any rule can point at the exact line of the figure it questions.
/// </summary>
public abstract record ModelNode
{
    private static readonly IReadOnlyDictionary<string, SourceSpan> NoFields = new Dictionary<string, SourceSpan>();

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<WrittenText>> NoTexts = new Dictionary<string, IReadOnlyList<WrittenText>>();

    /// <summary>Where the mapping starts.</summary>
    public SourceSpan Span { get; init; }

    /// <summary>Where each written key's value starts, by C# property name.</summary>
    public IReadOnlyDictionary<string, SourceSpan> FieldSpans { get; init; } = NoFields;

    /// <summary>
    /// How each written text was written, by C# property name: one entry for a text, one per item for a list of texts
    /// (so a finding can name the item's own line and the column of a fragment). Empty for nodes not read from a file.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<WrittenText>> WrittenTexts { get; init; } = NoTexts;

    /// <summary>The place of a property's value, or of the mapping when the key was not written.</summary>
    public SourceSpan Locate(string propertyName) =>
        FieldSpans.TryGetValue(propertyName, out var span) ? span : Span;

    /// <summary>Whether the key was written in the file (as opposed to taking its default).</summary>
    public bool IsWritten(string propertyName) => FieldSpans.ContainsKey(propertyName);
}
