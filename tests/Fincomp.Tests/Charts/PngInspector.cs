using SkiaSharp;

namespace Fincomp.Tests.Charts;

/// <summary>Decodes a PNG and answers coarse questions about regions of it, so tests check pictures without comparing bytes.</summary>
internal sealed class PngInspector : IDisposable
{
    private readonly SKBitmap _bitmap;

    public PngInspector(byte[] png)
    {
        _bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("Not a decodable image.");
    }

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    /// <summary>How many pixels of the rectangle are clearly dark (text, lines or dark fills).</summary>
    public int DarkPixels(int left, int top, int width, int height)
    {
        var count = 0;
        for (var y = top; y < top + height; y++)
        {
            for (var x = left; x < left + width; x++)
            {
                var c = _bitmap.GetPixel(x, y);
                if (c.Red + c.Green + c.Blue < 300)
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>How many different colours the rectangle has; 1 means uniform.</summary>
    public int DistinctColours(int left, int top, int width, int height)
    {
        var colours = new HashSet<uint>();
        for (var y = top; y < top + height; y++)
        {
            for (var x = left; x < left + width; x++)
            {
                colours.Add((uint)_bitmap.GetPixel(x, y));
            }
        }

        return colours.Count;
    }

    public void Dispose() => _bitmap.Dispose();
}
