using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fincomp.Writers.Pdf;

/// <summary>
/// The fonts of a PDF conversion: the fontconfig file fincomp ships (fonts.conf beside this file) that maps the
/// official Chinese fonts to free simplified-Chinese ones of the same kind, and the check that tells which official
/// fonts the styles name but this machine lacks, so the build can say so instead of falling back silently.
/// </summary>
internal static class PdfFontSetup
{
    private const string ResourceName = "Fincomp.Writers.Pdf.fonts.conf";

    /// <summary>Writes the shipped fontconfig file into <paramref name="folder"/> and returns its path.</summary>
    public static string WriteConfig(string folder)
    {
        var path = Path.Combine(folder, "fonts.conf");
        using var resource = typeof(PdfFontSetup).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var file = File.Create(path);
        resource.CopyTo(file);
        return path;
    }

    /// <summary>The East Asian fonts the document's styles name (w:rFonts/@w:eastAsia), in ordinal order.</summary>
    public static IReadOnlyList<string> EastAsianFonts(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false);
        var styles = document.MainDocumentPart?.StyleDefinitionsPart?.Styles;
        return styles is null
            ? []
            : styles.Descendants<RunFonts>().Select(f => f.EastAsia?.Value).OfType<string>()
                .Where(name => name.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Those of <paramref name="families"/> that fontconfig does not know; empty where there is no fontconfig to ask
    /// (Windows, macOS: LibreOffice finds fonts there by the system's own means).
    /// </summary>
    public static IReadOnlyList<string> Missing(IReadOnlyList<string> families)
    {
        ArgumentNullException.ThrowIfNull(families);
        if (families.Count == 0 || InstalledFamilies.Value is not { } installed)
        {
            return [];
        }

        return families.Where(f => !installed.Contains(f)).ToList();
    }

    private static readonly Lazy<HashSet<string>?> InstalledFamilies = new(ListFamilies);

    private static HashSet<string>? ListFamilies()
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())
        {
            return null;
        }

        try
        {
            var start = new ProcessStartInfo("fc-list") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(":");
            start.ArgumentList.Add("family");
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(line => line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .ToHashSet(StringComparer.Ordinal);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No fc-list: nothing can be said about the fonts, and the conversion still works.
            return null;
        }
    }
}
