using System.Collections.Concurrent;
using Fincomp.IO;
using Fincomp.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Fincomp.Narrative;

/// <summary>
/// Finds templates by file name: first in the bureau's override folder (<c>--templates DIR</c>), then in the selected
/// built-in pack (<see cref="TemplatePack"/>, built into the library so the tool works when installed as a .NET tool).
/// Names are plain file names: rooted paths, folders and ".." are refused, which confines every include to the
/// template folders.
/// </summary>
public sealed class TemplateLoader : ITemplateLoader
{
    /// <summary>The prefix of built-in template keys ("templates/PACK/FILE"); also what diagnostics show as their file.</summary>
    public const string BuiltInPrefix = "templates/";

    private const string ResourcePrefix = "Fincomp.Templates.";

    private readonly string? _overrideDirectory;
    private readonly TemplatePack _pack;

    /// <summary>The text served for each override key, so a parsed include can be cached with the text it came from.</summary>
    private readonly ConcurrentDictionary<string, string> _served = new(StringComparer.Ordinal);

    public TemplateLoader(string? overrideDirectory, TemplatePack pack = TemplatePack.Sichuan)
    {
        _overrideDirectory = overrideDirectory is null ? null : Path.GetFullPath(overrideDirectory);
        _pack = pack;
    }

    /// <summary>The key of <paramref name="name"/>: the override file's full path, or "templates/PACK/NAME" when built in.</summary>
    public string Resolve(string name)
    {
        if (!IsPlainName(name))
        {
            throw new TemplateNameException(NarrativeCodes.TemplatePathRejected, $"模板名称“{name}”无效：只能是模板文件夹中的文件名，不能含路径或“..”。");
        }

        if (_overrideDirectory is not null)
        {
            var candidate = Path.Combine(_overrideDirectory, name);
            if (File.Exists(candidate))
            {
                // A link in the folder is followed only within it: a bureau's template folder must not serve /etc/passwd.
                if (!RealPath.IsWithin(candidate, _overrideDirectory))
                {
                    throw new TemplateNameException(NarrativeCodes.TemplatePathRejected, $"模板“{name}”是指向模板文件夹之外的链接，不予使用。");
                }

                // A FIFO would block the build forever, a device never ends.
                if (!BoundedFile.IsRegularFile(candidate))
                {
                    throw new TemplateNameException(NarrativeCodes.TemplatePathRejected, $"模板“{name}”不是普通文件（是设备、管道或套接字），不予读取。");
                }

                return candidate;
            }
        }

        var key = BuiltInKey(_pack, name);
        if (BuiltInText(key) is null)
        {
            throw new TemplateNameException(NarrativeCodes.TemplateNotFound, $"找不到模板“{name}”（模板包 {_pack.FolderName()}）。");
        }

        return key;
    }

    /// <summary>The key of the built-in template <paramref name="name"/> of <paramref name="pack"/>: "templates/PACK/NAME".</summary>
    public static string BuiltInKey(TemplatePack pack, string name) => $"{BuiltInPrefix}{pack.FolderName()}/{name}";

    /// <summary>The text behind a key returned by <see cref="Resolve"/>.</summary>
    public static string Read(string key) =>
        IsBuiltIn(key) ? BuiltInText(key) ?? string.Empty : File.ReadAllText(key);

    /// <summary>Whether <paramref name="key"/> names a built-in template, whose text never changes within a process.</summary>
    public static bool IsBuiltIn(string key) => key.StartsWith(BuiltInPrefix, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="key"/> is a file in this loader's override folder.</summary>
    public bool IsOverride(string key) =>
        _overrideDirectory is not null
        && key.StartsWith(_overrideDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The text this loader served for <paramref name="key"/> to an include, if it served one.</summary>
    public string? ServedText(string key) => _served.TryGetValue(key, out var text) ? text : null;

    /// <summary>The names of the built-in templates of <paramref name="pack"/>, for documentation and <c>fincomp templates</c>.</summary>
    public static IEnumerable<string> BuiltInNames(TemplatePack pack = TemplatePack.Sichuan)
    {
        var prefix = $"{ResourcePrefix}{pack.FolderName()}.";
        return typeof(TemplateLoader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => n[prefix.Length..])
            .Order(StringComparer.Ordinal);
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        try
        {
            return Resolve(templateName);
        }
        catch (TemplateNameException e)
        {
            throw new RefusedTemplateNameException(callerSpan, e.Code, e.Message);
        }
    }

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Serve(templatePath);

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Serve(templatePath));

    private string Serve(string key)
    {
        var text = Read(key);
        if (!IsBuiltIn(key))
        {
            _served[key] = text;
        }

        return text;
    }

    private static bool IsPlainName(string name) =>
        !string.IsNullOrWhiteSpace(name)
        && !Path.IsPathRooted(name)
        && name.IndexOfAny(['/', '\\', ':']) < 0
        && name != "." && !name.Contains("..", StringComparison.Ordinal);

    /// <summary>The text of a built-in key "templates/PACK/NAME", stored as the resource "Fincomp.Templates.PACK.NAME".</summary>
    private static string? BuiltInText(string key)
    {
        using var stream = typeof(TemplateLoader).Assembly.GetManifestResourceStream(ResourcePrefix + key[BuiltInPrefix.Length..].Replace('/', '.'));
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
