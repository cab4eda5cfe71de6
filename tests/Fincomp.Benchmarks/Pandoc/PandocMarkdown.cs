using System.Text;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Input;
using Fincomp.Narrative;

namespace Fincomp.Benchmarks.Pandoc;

/// <summary>
/// The report's text as plain Markdown for the pandoc comparison: the templates' output with fincomp's <c>:::</c>
/// directives turned into what pandoc understands (title → heading) or dropped (tables, charts, page breaks). pandoc so
/// gets less to do than fincomp — no tables, no charts — which makes the comparison lean in pandoc's favour.
/// </summary>
internal static class PandocMarkdown
{
    /// <summary>Writes DIR/NAME.md for every unit file in <paramref name="sourceDirectory"/>; returns how many.</summary>
    public static int WriteAll(string sourceDirectory, string targetDirectory)
    {
        Directory.CreateDirectory(targetDirectory);
        var loader = new UnitLoader();
        var count = 0;
        foreach (var path in Directory.GetFiles(sourceDirectory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var unit = loader.Load(path).Unit ?? throw new InvalidOperationException($"{path} does not load.");
            var markdown = new NarrativeRenderer().Render(ReportFigures.Of(unit), new DiagnosticBag())
                ?? throw new InvalidOperationException($"{path} does not render.");
            var target = Path.Combine(targetDirectory, Path.GetFileNameWithoutExtension(path) + ".md");
            File.WriteAllText(target, Convert(markdown), new UTF8Encoding(false));
            count++;
        }

        return count;
    }

    public static string Convert(string markdown)
    {
        var text = new StringBuilder();
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith(":::", StringComparison.Ordinal))
            {
                text.Append(line).Append("\n\n");
                continue;
            }

            var body = line[3..].Trim();
            var split = body.IndexOf(' ', StringComparison.Ordinal);
            var name = split < 0 ? body : body[..split];
            var rest = split < 0 ? string.Empty : body[(split + 1)..].Trim();
            if (name == "title")
            {
                text.Append("# ").Append(rest).Append("\n\n");
            }
            else if (name is "center" or "right")
            {
                text.Append(rest).Append("\n\n");
            }
        }

        return text.ToString();
    }
}
