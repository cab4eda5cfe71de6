namespace Fincomp.Document;

/// <summary>A chart or picture: PNG bytes with their pixel size, and the caption that also serves as alt text.</summary>
public sealed record Figure(string Key, string Caption, byte[] Png, int PixelWidth, int PixelHeight) : Block;
