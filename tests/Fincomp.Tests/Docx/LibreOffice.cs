using System.Diagnostics;

namespace Fincomp.Tests.Docx;

/// <summary>Runs LibreOffice headless with a fresh profile per conversion, and pdftotext on its output.</summary>
internal static class LibreOffice
{
    public static string? Executable { get; } = Fincomp.Writers.Pdf.SofficeLocator.Find();

    public static string ConvertToPdfText(byte[] docx, string workDirectory)
    {
        var input = Path.Combine(workDirectory, "report.docx");
        File.WriteAllBytes(input, docx);
        var profile = new Uri(Path.Combine(workDirectory, "profile")).AbsoluteUri;
        // The fonts fincomp's own conversion uses: with the machine's default fonts the pages would fall differently
        // from the layout --toc-pages took its page numbers from, and the comparison would test the fonts, not fincomp.
        var fonts = Fincomp.Writers.Pdf.PdfFontSetup.WriteConfig(workDirectory);
        Run(Executable!, $"-env:UserInstallation={profile} --headless --convert-to pdf --outdir \"{workDirectory}\" \"{input}\"", fonts);
        var pdf = Path.Combine(workDirectory, "report.pdf");
        if (!File.Exists(pdf))
        {
            throw new InvalidOperationException("LibreOffice produced no PDF.");
        }

        var text = Path.Combine(workDirectory, "report.txt");
        Run(Find("pdftotext") ?? throw new InvalidOperationException("pdftotext is not on PATH."), $"-layout \"{pdf}\" \"{text}\"", fontConfig: null);
        return File.ReadAllText(text);
    }

    /// <summary>
    /// <paramref name="docx"/> opened and saved again by LibreOffice as Word 2007–365 (its own XML for the same
    /// paragraphs, styles, sections and contents), with a fresh profile in <paramref name="workDirectory"/>.
    /// </summary>
    public static byte[] SaveAsDocx(byte[] docx, string workDirectory)
    {
        var input = Path.Combine(workDirectory, "report.docx");
        File.WriteAllBytes(input, docx);
        var outDirectory = Directory.CreateDirectory(Path.Combine(workDirectory, "saved")).FullName;
        var profile = new Uri(Path.Combine(workDirectory, "profile")).AbsoluteUri;
        Run(Executable!, $"-env:UserInstallation={profile} --headless --convert-to docx:\"MS Word 2007 XML\" --outdir \"{outDirectory}\" \"{input}\"", fontConfig: null);
        var saved = Path.Combine(outDirectory, "report.docx");
        return File.Exists(saved) ? File.ReadAllBytes(saved) : throw new InvalidOperationException("LibreOffice saved no .docx.");
    }

    /// <summary>
    /// <paramref name="input"/> converted by LibreOffice to <paramref name="filter"/> ("pdf", "docx:\"MS Word 2007 XML\"")
    /// in <paramref name="workDirectory"/>, with a fresh profile there: the path of the file it wrote.
    /// </summary>
    public static string Convert(string input, string filter, string extension, string workDirectory)
    {
        var outDirectory = Directory.CreateDirectory(Path.Combine(workDirectory, "converted-" + extension)).FullName;
        var profile = new Uri(Path.Combine(workDirectory, "profile")).AbsoluteUri;
        Run(Executable!, $"-env:UserInstallation={profile} --headless --convert-to {filter} --outdir \"{outDirectory}\" \"{input}\"", fontConfig: null);
        var output = Path.Combine(outDirectory, Path.GetFileNameWithoutExtension(input) + "." + extension);
        return File.Exists(output) ? output : throw new InvalidOperationException($"LibreOffice wrote no .{extension}.");
    }

    private static void Run(string file, string arguments, string? fontConfig)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (fontConfig is not null)
        {
            start.Environment["FONTCONFIG_FILE"] = fontConfig;
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
    }

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
