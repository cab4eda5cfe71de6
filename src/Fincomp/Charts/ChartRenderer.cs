namespace Fincomp.Charts;

/// <summary>Draws a <see cref="ChartSpec"/> as PNG and SVG with the shipped CJK font.</summary>
public sealed class ChartRenderer
{
    private readonly ChartRenderOptions _options;

    public ChartRenderer(ChartRenderOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    public RenderedChart Render(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        throw new NotSupportedException($"图表绘制尚未实现（{_options.FontFile}）。");
    }
}
