using Fincomp.Charts;
using SkiaSharp;
using Xunit;

namespace Fincomp.Tests.Charts;

/// <summary>
/// Chart PNGs are written as RGB without an alpha channel (the picture is declared opaque to Skia's encoder): that is
/// only right while every drawn pixel is opaque, and the file must decode to exactly the pixels that were drawn.
/// </summary>
public sealed class ChartPngTests
{
    private const int PngColourTypeOffset = 25;
    private const byte PngColourTypeRgb = 2;

    [Fact]
    public void Every_chart_kind_decodes_to_exactly_the_pixels_drawn()
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
            using var drawn = surface.PeekPixels();

            var png = renderer.RenderPng(spec).Png;

            Assert.Equal(PngColourTypeRgb, png[PngColourTypeOffset]);
            AssertOpaqueAndDecodesTo(drawn, png, spec.Key);
            Assert.Equal(png, renderer.RenderPng(spec).Png);
        }
    }

    private static void AssertOpaqueAndDecodesTo(SKPixmap drawn, byte[] png, string key)
    {
        using var decoded = SKBitmap.Decode(png) ?? throw new InvalidOperationException($"{key}: the PNG does not decode.");
        Assert.Equal((drawn.Width, drawn.Height), (decoded.Width, decoded.Height));
        for (var y = 0; y < drawn.Height; y++)
        {
            for (var x = 0; x < drawn.Width; x++)
            {
                var colour = drawn.GetPixelColor(x, y);
                if (colour.Alpha != byte.MaxValue || colour != decoded.GetPixel(x, y))
                {
                    Assert.Fail($"{key}, pixel ({x}, {y}): drawn {colour}, decoded {decoded.GetPixel(x, y)}");
                }
            }
        }
    }
}
