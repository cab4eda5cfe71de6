namespace Fincomp.Document;

/// <summary>
/// The end of the front matter (cover and contents, which carry no page number) and the start of the body, numbered
/// from 1 on a new page.
/// </summary>
public sealed record BodyStart : Block;
