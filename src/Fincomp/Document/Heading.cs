namespace Fincomp.Document;

/// <summary>A heading; levels map to Word's built-in heading styles so the navigation pane and a TOC work.</summary>
public sealed record Heading(HeadingLevel Level, string Text) : Block;
