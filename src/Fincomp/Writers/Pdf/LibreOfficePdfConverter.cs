using System.Collections.Concurrent;
using System.Diagnostics;

namespace Fincomp.Writers.Pdf;

/// <summary>
/// Lays a Word document out with LibreOffice, headless, through fincomp's macro (<see cref="LibreOfficeProfile"/>),
/// which updates the contents' page numbers, reads them back and, on request, exports the PDF. Each run uses its own
/// scratch folder and its own copy of the profile, so several units convert in parallel without locking each other
/// out; a hung LibreOffice is killed after a timeout instead of stalling a batch; the folder and the process are
/// cleaned up on every path (<see cref="ScratchFolders"/>), and the PDF is checked (<see cref="PdfCheck"/>) before
/// anyone may use it. Fonts come through the fontconfig file fincomp ships (<see cref="PdfFontSetup"/>).
/// </summary>
internal sealed class LibreOfficePdfConverter(string soffice, TimeSpan timeout, string? scratchRoot = null)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>One template profile per LibreOffice per process, made on the first conversion.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<LibreOfficeProfile>> Profiles = new(StringComparer.Ordinal);

    /// <summary>The temporary folders already swept of what killed runs left, once per process each.</summary>
    private static readonly ConcurrentDictionary<string, int> Swept = new(StringComparer.Ordinal);

    /// <summary>A converter for the soffice found on this machine, or a clear error when there is none.</summary>
    public static LibreOfficePdfConverter Create() =>
        SofficeLocator.Find() is { } found
            ? new LibreOfficePdfConverter(found, DefaultTimeout)
            : throw new PdfConversionException("未找到 LibreOffice（soffice），无法生成 PDF：请安装 LibreOffice 并确保 soffice 在 PATH 中，或改用 --format docx / html。");

    /// <summary>Writes the PDF of <paramref name="docx"/> to <paramref name="pdf"/>, after checking it.</summary>
    public void Convert(byte[] docx, Stream pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        pdf.Write(Run(docx, exportPdf: true, title: null, headings: []).Pdf);
    }

    /// <summary>
    /// Lays out <paramref name="docx"/>: the updated contents' text and, when <paramref name="exportPdf"/>, the PDF,
    /// which must carry <paramref name="title"/> and list <paramref name="headings"/> in its outline.
    /// </summary>
    /// <exception cref="PdfConversionException">LibreOffice failed, timed out, or wrote an unsound PDF.</exception>
    public LibreOfficeOutput Run(byte[] docx, bool exportPdf, string? title, IReadOnlyList<string> headings)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ArgumentNullException.ThrowIfNull(headings);
        Swept.GetOrAdd(scratchRoot ?? Path.GetTempPath(), root => ScratchFolders.SweepStale(root));
        var profile = Profiles.GetOrAdd(soffice, _ => new Lazy<LibreOfficeProfile>(() =>
        {
            var scratch = ScratchFolders.Create("fincomp-pdf-", scratchRoot);
            try
            {
                return LibreOfficeProfile.Create(arguments => Start(arguments, scratch), scratchRoot);
            }
            finally
            {
                ScratchFolders.Delete(scratch);
            }
        })).Value;
        var folder = ScratchFolders.Create("fincomp-pdf-", scratchRoot);
        try
        {
            var input = Path.Combine(folder, "report.docx");
            var produced = exportPdf ? Path.Combine(folder, "report.pdf") : null;
            var contents = Path.Combine(folder, "contents.txt");
            File.WriteAllBytes(input, docx);
            var (exitCode, output) = Start([profile.CopyTo(folder), "--headless", "--norestore", LibreOfficeProfile.MacroCall(input, produced, contents)], folder);
            if (exitCode != 0 || (produced is not null && !File.Exists(produced)) || !File.Exists(contents))
            {
                throw new PdfConversionException($"LibreOffice 未能完成排版（退出码 {exitCode}）：{output}".Trim());
            }

            byte[]? pdf = null;
            if (produced is not null)
            {
                pdf = File.ReadAllBytes(produced);
                if (PdfCheck.Problem(pdf, title, headings) is { } problem)
                {
                    throw new PdfConversionException(problem + "，未采用。");
                }
            }

            var lines = File.ReadAllText(contents).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
            return new LibreOfficeOutput(pdf, lines);
        }
        finally
        {
            ScratchFolders.Delete(folder);
        }
    }

    /// <summary>Runs soffice with the shipped font setup; the exit code and what it printed.</summary>
    private (int ExitCode, string Output) Start(IReadOnlyList<string> arguments, string folder)
    {
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // LibreOffice asks fontconfig for the styles' fonts; the shipped file gives the official fonts Chinese fallbacks.
        start.Environment["FONTCONFIG_FILE"] = PdfFontSetup.WriteConfig(folder);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new PdfConversionException("无法启动 LibreOffice。");
        ScratchFolders.Track(process);
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new PdfConversionException($"LibreOffice 转换 PDF 超过 {timeout.TotalSeconds:0} 秒未完成，已终止。");
            }

            return (process.ExitCode, $"{stderr.Result.Trim()} {stdout.Result.Trim()}");
        }
        finally
        {
            ScratchFolders.Forget(process);
        }
    }
}
