namespace Fincomp.Document;

/// <summary>
/// The table of contents (目录) at this place: every Part and Section heading of the document with its page. Writers
/// build the entries from the headings themselves, so the contents cannot disagree with them.
/// </summary>
public sealed record Contents : Block;
