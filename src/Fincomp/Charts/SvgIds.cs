using System.Globalization;
using System.Text.RegularExpressions;

namespace Fincomp.Charts;

/// <summary>
/// Skia numbers the clip paths of an SVG from a counter shared by the whole process, so the same chart drawn twice,
/// or drawn while another thread draws, gets different ids. Renumbering them in order of appearance makes the SVG
/// depend on the chart alone.
/// </summary>
internal static partial class SvgIds
{
    public static string Normalize(string svg)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        return Reference().Replace(svg, match =>
        {
            var name = match.Groups["name"].Value;
            if (!names.TryGetValue(name, out var renamed))
            {
                renamed = "fc" + (names.Count + 1).ToString(CultureInfo.InvariantCulture);
                names.Add(name, renamed);
            }

            return match.Groups["lead"].Value + renamed;
        });
    }

    [GeneratedRegex("""(?<lead>\bid="|url\(#|href="#)(?<name>[A-Za-z_][\w\-]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
