namespace Fincomp.Document;

/// <summary>Starts the next block on a new page (before each part and each attachment).</summary>
public sealed record PageBreak : Block;
