namespace Fincomp.Document;

/// <summary>A stretch of text with one formatting.</summary>
public sealed record Run(string Text, bool Bold = false);
