using Fincomp.IO;
using SkiaSharp;

namespace Fincomp.Charts;

/// <summary>
/// The fonts charts are drawn with. ScottPlot keeps its font list and default font in process-wide statics; this class
/// touches them exactly once, under a lock, at first use (adding one resolver and making the shipped font the default),
/// and never again, so renders on many threads only read shared state.
/// </summary>
internal static class ChartFonts
{
    /// <summary>The private name the shipped WenQuanYi Micro Hei is registered under.</summary>
    public const string ShippedName = "Fincomp WenQuanYi Micro Hei";

    private const string ShippedResource = "Fincomp.Fonts.wqy-microhei.ttc";
    private static readonly Lock Gate = new();
    private static ChartFontResolver? Installed;

    /// <summary>The font name to set on every element for these options; loads the font on first use.</summary>
    /// <exception cref="ChartFontException">The <c>--chart-font</c> file is missing or not a font.</exception>
    public static string NameFor(ChartRenderOptions options)
    {
        var resolver = Resolver();
        if (options.FontFile is not { } file)
        {
            return ShippedName;
        }

        var path = Path.GetFullPath(file);
        var name = "Fincomp chart font " + path;
        if (!resolver.Knows(name))
        {
            if (!File.Exists(path))
            {
                throw new ChartFontException(file, $"图表字体文件不存在：{file}");
            }

            // A FIFO would block the build forever.
            if (!BoundedFile.IsRegularFile(path))
            {
                throw new ChartFontException(file, $"图表字体文件不是普通文件（是设备、管道或文件夹）：{file}");
            }

            resolver.Add(name, () => SKTypeface.FromFile(path, 0)
                ?? throw new ChartFontException(file, $"无法读取图表字体文件：{file}（应为 TTF、OTF 或 TTC 字体）。"));
        }

        return name;
    }

    /// <summary>The typeface registered under <paramref name="name"/> by <see cref="NameFor"/>.</summary>
    public static SKTypeface Typeface(string name) => Resolver().Typeface(name);

    private static ChartFontResolver Resolver()
    {
        lock (Gate)
        {
            if (Installed is null)
            {
                var resolver = new ChartFontResolver();
                resolver.Add(ShippedName, LoadShipped);
                ScottPlot.Fonts.FontResolvers.Insert(0, resolver);
                ScottPlot.Fonts.Default = ShippedName;
                Installed = resolver;
            }

            return Installed;
        }
    }

    private static SKTypeface LoadShipped()
    {
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"程序缺少内置字体资源 {ShippedResource}。");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data, 0) ?? throw new InvalidOperationException("内置图表字体无法加载。");
    }
}
