namespace Fincomp.Writers.Pdf;

/// <summary>
/// A LibreOffice user profile holding fincomp's export macro (ExportPdf.xba beside this file). LibreOffice fills a new
/// profile with its own defaults on first start, overwriting any macro put there before, so the profile is created
/// once per process by starting LibreOffice and stopping it at once, the macro is written into it, and each
/// conversion then runs on its own copy (conversions in parallel must not share a profile).
/// </summary>
internal sealed class LibreOfficeProfile
{
    private const string MacroResource = "Fincomp.Writers.Pdf.ExportPdf.xba";

    private readonly string _template;

    private LibreOfficeProfile(string template) => _template = template;

    /// <summary>
    /// The macro call that lays out <paramref name="docx"/>, writes its contents' text to <paramref name="contents"/>
    /// and, unless <paramref name="pdf"/> is null, exports it there (absolute paths).
    /// </summary>
    public static string MacroCall(string docx, string? pdf, string contents) =>
        $"macro:///Standard.Module1.ExportPdf(\"{new Uri(docx).AbsoluteUri}\",\"{(pdf is null ? "" : new Uri(pdf).AbsoluteUri)}\",\"{new Uri(contents).AbsoluteUri}\")";

    /// <summary>
    /// Creates the template profile with <paramref name="run"/>, which starts soffice with the given arguments, under
    /// <paramref name="root"/> (the temporary directory when null); it lives until the process exits.
    /// </summary>
    public static LibreOfficeProfile Create(Func<IReadOnlyList<string>, (int ExitCode, string Output)> run, string? root)
    {
        var template = ScratchFolders.Create("fincomp-lo-profile-", root);
        _ = run(["-env:UserInstallation=" + new Uri(template).AbsoluteUri, "--headless", "--norestore", "--terminate_after_init"]);
        var module = Path.Combine(template, "user", "basic", "Standard", "Module1.xba");
        return ScratchFolders.Write(() =>
        {
            if (!File.Exists(module))
            {
                throw new PdfConversionException("LibreOffice 未能建立用户配置，无法生成 PDF。");
            }

            using var resource = typeof(LibreOfficeProfile).Assembly.GetManifestResourceStream(MacroResource)
                ?? throw new InvalidOperationException($"Embedded resource {MacroResource} is missing.");
            using (var file = File.Create(module))
            {
                resource.CopyTo(file);
            }

            return new LibreOfficeProfile(template);
        });
    }

    /// <summary>A copy of the profile in <paramref name="folder"/>, as the -env:UserInstallation argument naming it.</summary>
    public string CopyTo(string folder)
    {
        var target = Path.Combine(folder, "profile");
        Copy(new DirectoryInfo(_template), target);
        return "-env:UserInstallation=" + new Uri(target).AbsoluteUri;
    }

    private static void Copy(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in source.EnumerateFiles())
        {
            file.CopyTo(Path.Combine(target, file.Name));
        }

        foreach (var directory in source.EnumerateDirectories())
        {
            Copy(directory, Path.Combine(target, directory.Name));
        }
    }
}
