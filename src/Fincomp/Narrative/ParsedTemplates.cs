using System.Collections.Concurrent;
using Fincomp.IO;
using Scriban;

namespace Fincomp.Narrative;

/// <summary>
/// Parsed templates shared by every render in the process, so a batch parses each template once. A built-in
/// template's text never changes, so its key alone finds it; an override file may be edited between two builds of a
/// long batch or a watch loop, so it is reused only while the file still holds the text it was parsed from.
/// </summary>
internal static class ParsedTemplates
{
    /// <summary>By key; the text is null for built-in templates, which need no check.</summary>
    private static readonly ConcurrentDictionary<string, (string? Text, Template Template)> Cache = new(StringComparer.Ordinal);

    /// <summary>The template parsed from <paramref name="text"/> under <paramref name="key"/>, if there is one.</summary>
    public static Template? Find(string key, string text) =>
        Cache.TryGetValue(key, out var entry) && (entry.Text is null || string.Equals(entry.Text, text, StringComparison.Ordinal))
            ? entry.Template
            : null;

    /// <summary>The cached templates still valid for <paramref name="loader"/>: every built-in one, and its overrides whose files are unchanged.</summary>
    public static IEnumerable<(string Key, Template Template)> ValidFor(TemplateLoader loader)
    {
        foreach (var (key, entry) in Cache)
        {
            if (entry.Text is null || (loader.IsOverride(key) && TryRead(key) is { } text && string.Equals(text, entry.Text, StringComparison.Ordinal)))
            {
                yield return (key, entry.Template);
            }
        }
    }

    /// <summary>Keeps <paramref name="template"/>; <paramref name="text"/> is what it was parsed from (null when built in).</summary>
    public static void Remember(string key, string? text, Template template)
    {
        if (!template.HasErrors)
        {
            Cache[key] = (TemplateLoader.IsBuiltIn(key) ? null : text, template);
        }
    }

    private static string? TryRead(string path)
    {
        if (!BoundedFile.IsRegularFile(path))
        {
            return null;
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
