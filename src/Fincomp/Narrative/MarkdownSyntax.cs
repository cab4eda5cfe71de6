namespace Fincomp.Narrative;

/// <summary>
/// A string of the template model that is Markdown structure made by the model builder (a heading's "##"), not text
/// from the unit file: it reaches the templates unencoded, where every other string is <see cref="LiteralText"/>.
/// </summary>
internal sealed record MarkdownSyntax(string Markdown);
