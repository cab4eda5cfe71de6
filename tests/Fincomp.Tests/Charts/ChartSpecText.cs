using System.Globalization;
using System.Text;
using Fincomp.Charts;

namespace Fincomp.Tests.Charts;

/// <summary>A plain-text projection of chart specs for golden files: every figure, series, label and value.</summary>
internal static class ChartSpecText
{
    public static string Of(IEnumerable<ChartSpec> specs)
    {
        var text = new StringBuilder();
        foreach (var spec in specs)
        {
            text.Append(CultureInfo.InvariantCulture, $"{spec.Key} {spec.Number} {spec.Kind} | {spec.Caption} | {spec.Title}\n");
            foreach (var series in spec.Series)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {series.Name}\n");
                foreach (var point in series.Points)
                {
                    text.Append(CultureInfo.InvariantCulture, $"    {point.Label} = {point.Value.ToString(CultureInfo.InvariantCulture)}\n");
                }
            }
        }

        return text.ToString();
    }
}
