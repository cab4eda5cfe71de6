using System.Globalization;
using Fincomp.Charts;
using Fincomp.Input;
using SkiaSharp;

namespace Fincomp.Benchmarks.Stages;

/// <summary>
/// Splits the charts' processor time into building the plot, rasterising it and encoding the PNG, and times the PNG
/// encodings a report could use: where a chart's cost lies decides which lever is worth pulling.
/// </summary>
internal static class ChartCost
{
    public static void Run(string path, int repetitions, TextWriter output)
    {
        var unit = new UnitLoader().Load(path).Unit!;
        var renderer = new ChartRenderer(new ChartRenderOptions());
        var specs = ChartCatalog.For(unit);
        using var surface = SKSurface.Create(new SKImageInfo(ChartGeometry.Width, ChartGeometry.Height));
        var encodings = new (string Name, Func<SKPixmap, SKData?> Encode)[]
        {
            ("Skia: Sub, level 3, RGBA", p => p.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3))),
            ("Skia: Sub, level 1, RGBA", p => p.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 1))),
            ("Skia: Sub, level 3, RGB", p => Opaque(p, o => o.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3)))),
            ("Skia: Sub, level 1, RGB", p => Opaque(p, o => o.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 1)))),
            ("Skia: Up, level 1, RGB", p => Opaque(p, o => o.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, 1)))),
        };

        double build = 0, raster = 0;
        var encode = new double[encodings.Length];
        var bytes = new long[encodings.Length];
        var translucent = 0L;
        var mismatched = new long[encodings.Length];
        for (var r = -2; r < repetitions; r++)
        {
            foreach (var spec in specs)
            {
                var t0 = ProcessorClock.Now();
                using var plot = renderer.Draw(spec);
                var t1 = ProcessorClock.Now();
                var saved = surface.Canvas.Save();
                plot.Render(surface.Canvas, ChartGeometry.Width, ChartGeometry.Height);
                surface.Canvas.RestoreToCount(saved);
                using var pixels = surface.PeekPixels();
                var t2 = ProcessorClock.Now();
                if (r >= 0)
                {
                    build += (t1 - t0).TotalMilliseconds;
                    raster += (t2 - t1).TotalMilliseconds;
                }

                for (var e = 0; e < encodings.Length; e++)
                {
                    var before = ProcessorClock.Now();
                    using var data = encodings[e].Encode(pixels) ?? throw new InvalidOperationException("Skia could not encode the chart.");
                    if (r == -1)
                    {
                        mismatched[e] += Mismatches(pixels, data);
                    }

                    if (r >= 0)
                    {
                        encode[e] += (ProcessorClock.Now() - before).TotalMilliseconds;
                        bytes[e] += data.Size;
                    }
                }

                if (r == 0)
                {
                    translucent += pixels.GetPixelSpan<uint>().ToArray().Count(pixel => pixel >> 24 != 0xFF);
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{specs.Count} charts of {Path.GetFileName(path)}, processor ms per report (mean of {repetitions}): build the plot {build / repetitions:F1}, rasterise {raster / repetitions:F1}; pixels not opaque: {translucent}"));
        for (var e = 0; e < encodings.Length; e++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  encode {encodings[e].Name,-32} {encode[e] / repetitions,7:F1} ms, {bytes[e] / repetitions / 1024,6} KB; pixels that decode differently: {mismatched[e]}"));
        }
    }

    /// <summary>Pixels whose decoded colour differs from the drawn one (alpha left out: every drawn pixel is opaque).</summary>
    private static long Mismatches(SKPixmap drawn, SKData png)
    {
        using var decoded = SKBitmap.Decode(png) ?? throw new InvalidOperationException("The PNG does not decode.");
        using var converted = new SKBitmap(drawn.Info);
        if (!decoded.CopyTo(converted, drawn.ColorType))
        {
            throw new InvalidOperationException("The decoded PNG cannot be compared.");
        }

        var expected = drawn.GetPixelSpan<uint>();
        var actual = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(converted.GetPixelSpan());
        var differing = 0L;
        for (var i = 0; i < expected.Length; i++)
        {
            if ((expected[i] & 0x00FFFFFF) != (actual[i] & 0x00FFFFFF))
            {
                differing++;
            }
        }

        return differing;
    }

    private static SKData? Opaque(SKPixmap pixels, Func<SKPixmap, SKData?> encode)
    {
        using var opaque = new SKPixmap(pixels.Info.WithAlphaType(SKAlphaType.Opaque), pixels.GetPixels(), pixels.RowBytes);
        return encode(opaque);
    }
}
