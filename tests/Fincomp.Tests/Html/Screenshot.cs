using SkiaSharp;

namespace Fincomp.Tests.Html;

/// <summary>Coarse facts about a browser screenshot, so the test sees that text and pictures were drawn.</summary>
internal sealed class Screenshot : IDisposable
{
    private readonly SKBitmap _bitmap;

    public Screenshot(string path)
    {
        _bitmap = SKBitmap.Decode(path) ?? throw new InvalidOperationException($"{path} is not a decodable image.");
    }

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    /// <summary>Pixels that are clearly dark: text and rules.</summary>
    public int DarkPixels() => Count(c => c.Red + c.Green + c.Blue < 300);

    /// <summary>Pixels close to the given colour (each channel within 24).</summary>
    public int PixelsNear(byte red, byte green, byte blue) =>
        Count(c => Math.Abs(c.Red - red) <= 24 && Math.Abs(c.Green - green) <= 24 && Math.Abs(c.Blue - blue) <= 24);

    /// <summary>Strongly coloured pixels (not grey): chart bars and slices, since the page's text is black.</summary>
    public int ColouredPixels() =>
        Count(c => Math.Max(c.Red, Math.Max(c.Green, c.Blue)) - Math.Min(c.Red, Math.Min(c.Green, c.Blue)) > 60);

    public void Dispose() => _bitmap.Dispose();

    private int Count(Func<SKColor, bool> predicate)
    {
        var count = 0;
        for (var y = 0; y < _bitmap.Height; y++)
        {
            for (var x = 0; x < _bitmap.Width; x++)
            {
                if (predicate(_bitmap.GetPixel(x, y)))
                {
                    count++;
                }
            }
        }

        return count;
    }
}
