using Fincomp.Charts;
using SkiaSharp;
using Xunit;

namespace Fincomp.Tests.Charts;

/// <summary>
/// Chart pictures are encoded by <see cref="OpaquePng"/>, not by Skia: the PNG must decode to exactly the pixels that
/// were drawn, in either byte order, and a picture it cannot write without losing alpha must be left to Skia.
/// </summary>
public sealed class OpaquePngTests
{
    [Fact]
    public void Every_chart_decodes_to_exactly_the_pixels_drawn()
    {
        var renderer = new ChartRenderer(new ChartRenderOptions());
        var specs = new[] { ChartSamples.Dangqun, ChartSamples.WithThreePublic() }.SelectMany(ChartCatalog.For).ToList();
        Assert.Contains(specs, s => s.Kind == ChartKind.Bar);
        Assert.Contains(specs, s => s.Kind == ChartKind.Pie);
        using var surface = SKSurface.Create(new SKImageInfo(ChartGeometry.Width, ChartGeometry.Height))!;
        foreach (var spec in specs)
        {
            using var plot = renderer.Draw(spec);
            var saved = surface.Canvas.Save();
            plot.Render(surface.Canvas, ChartGeometry.Width, ChartGeometry.Height);
            surface.Canvas.RestoreToCount(saved);
            using var pixels = surface.PeekPixels();

            var png = OpaquePng.TryEncode(pixels, 2);

            Assert.NotNull(png);
            Assert.Equal(2, png[25]); // IHDR colour type: RGB, no alpha channel
            AssertSamePixels(pixels, png);
            Assert.Equal(png, renderer.RenderPng(spec).Png);
        }
    }

    [Theory]
    [InlineData(SKColorType.Bgra8888)]
    [InlineData(SKColorType.Rgba8888)]
    public void Either_byte_order_keeps_every_colour(SKColorType colourType)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(7, 3, colourType, SKAlphaType.Premul));
        var colours = new[] { SKColors.White, SKColors.Black, new SKColor(200, 30, 10), new SKColor(5, 180, 250), new SKColor(1, 2, 3), new SKColor(255, 0, 128), new SKColor(17, 17, 250) };
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                bitmap.SetPixel(x, y, colours[(x + y) % colours.Length]);
            }
        }

        using var pixels = bitmap.PeekPixels();
        var png = OpaquePng.TryEncode(pixels, 2);

        Assert.NotNull(png);
        AssertSamePixels(pixels, png);
    }

    [Fact]
    public void A_picture_with_a_translucent_pixel_is_left_to_skia()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(4, 4, SKColorType.Bgra8888, SKAlphaType.Premul));
        bitmap.Erase(SKColors.White);
        bitmap.SetPixel(3, 3, new SKColor(0, 0, 0, 128));
        using var pixels = bitmap.PeekPixels();

        Assert.Null(OpaquePng.TryEncode(pixels, 2));
    }

    [Fact]
    public void A_picture_without_eight_bit_colour_is_left_to_skia()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(4, 4, SKColorType.Rgb565, SKAlphaType.Opaque));
        bitmap.Erase(SKColors.White);
        using var pixels = bitmap.PeekPixels();

        Assert.Null(OpaquePng.TryEncode(pixels, 2));
    }

    private static void AssertSamePixels(SKPixmap drawn, byte[] png)
    {
        using var decoded = SKBitmap.Decode(png) ?? throw new InvalidOperationException("The PNG does not decode.");
        Assert.Equal((drawn.Width, drawn.Height), (decoded.Width, decoded.Height));
        for (var y = 0; y < drawn.Height; y++)
        {
            for (var x = 0; x < drawn.Width; x++)
            {
                if (drawn.GetPixelColor(x, y) != decoded.GetPixel(x, y))
                {
                    Assert.Fail($"pixel ({x}, {y}): drawn {drawn.GetPixelColor(x, y)}, decoded {decoded.GetPixel(x, y)}");
                }
            }
        }
    }
}
