using Fincomp.Diagnostics;

namespace Fincomp.Narrative;

/// <summary>
/// Where a directive was written, so an unknown "::: bogus" is reported at the template file and line a bureau edits,
/// not at a line of the generated Markdown nobody sees. The renderer's marks name the template that printed it; the
/// line is found by its text, since rendering keeps no map from output lines back to template lines.
/// </summary>
internal static class DirectiveSource
{
    public static SourceSpan Locate(Directive directive)
    {
        if (directive.Template is not { } key || Text(key) is not { } text)
        {
            return new SourceSpan(NarrativeRenderer.EntryTemplate, directive.Line, 1);
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        SourceSpan? sameName = null;
        SourceSpan? computedName = null;
        for (var index = 0; index < lines.Length; index++)
        {
            var column = lines[index].IndexOf(":::", StringComparison.Ordinal);
            if (column < 0 || lines[index][..column].Trim().Length > 0)
            {
                continue;
            }

            var here = new SourceSpan(key, index + 1, column + 1);
            var words = lines[index][(column + 3)..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length > 0 && words[0] == directive.Name)
            {
                if (words.Skip(1).SequenceEqual(directive.Arguments))
                {
                    return here;
                }

                sameName ??= here;
            }
            else if (words.Length > 0 && words[0].Contains("{{", StringComparison.Ordinal))
            {
                // "::: {{ kind }} …": the name is computed, so this line may have printed it.
                computedName ??= here;
            }
        }

        return sameName ?? computedName ?? SourceSpan.StartOf(key);
    }

    private static string? Text(string key)
    {
        try
        {
            return TemplateLoader.Read(key);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
