namespace Fincomp.Writers.Pdf;

/// <summary>
/// Finds LibreOffice's soffice: the file the FINCOMP_SOFFICE environment variable names (one LibreOffice among
/// several), else on PATH, else where its installers put it on Windows and macOS.
/// </summary>
internal static class SofficeLocator
{
    public const string Variable = "FINCOMP_SOFFICE";

    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named)
        {
            return File.Exists(named) ? named : null;
        }

        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : ["soffice", "libreoffice"];
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        var wellKnown = new[]
        {
            @"C:\Program Files\LibreOffice\program\soffice.exe",
            @"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
            "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        };
        return wellKnown.FirstOrDefault(File.Exists);
    }
}
