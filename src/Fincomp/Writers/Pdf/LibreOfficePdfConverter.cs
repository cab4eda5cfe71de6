using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Fincomp.Writers.Pdf;

/// <summary>
/// Lays a Word document out with LibreOffice, headless, through fincomp's macro (<see cref="LibreOfficeProfile"/>),
/// which updates the contents' page numbers, reads them back and, on request, exports the PDF. Each run uses its own
/// scratch folder and its own copy of the profile, so several units convert in parallel without locking each other
/// out; a LibreOffice that works too long or hangs is killed (<see cref="SofficeLimits"/>) instead of stalling a batch;
/// the folder and the process are cleaned up on every path (<see cref="ScratchFolders"/>), LibreOffice's own temporary
/// files go into that folder, and the PDF is checked (<see cref="PdfCheck"/>) before anyone may use it. Fonts come
/// through the fontconfig file fincomp ships (<see cref="PdfFontSetup"/>).
/// </summary>
internal sealed class LibreOfficePdfConverter(string soffice, SofficeLimits limits, string? scratchRoot = null)
{
    /// <summary>How often a running soffice's processor time is read.</summary>
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    /// <summary>One template profile per LibreOffice per process, made on the first conversion.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<LibreOfficeProfile>> Profiles = new(StringComparer.Ordinal);

    /// <summary>The temporary folders already swept of what killed runs left, once per process each.</summary>
    private static readonly ConcurrentDictionary<string, int> Swept = new(StringComparer.Ordinal);

    /// <summary>A converter for the soffice found on this machine, or a clear error when there is none.</summary>
    public static LibreOfficePdfConverter Create() =>
        SofficeLocator.Find() is { } found
            ? new LibreOfficePdfConverter(found, SofficeLimits.Default)
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
            var installation = ScratchFolders.Write(() =>
            {
                File.WriteAllBytes(input, docx);
                return profile.CopyTo(folder);
            });
            var (exitCode, output) = Start([installation, "--headless", "--norestore", LibreOfficeProfile.MacroCall(input, produced, contents)], folder);
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
        // Every soffice run makes a luNNNN.tmp folder in the temporary directory and leaves it there (empty) when it
        // ends; inside the scratch folder it goes with the folder.
        var (fonts, temporary) = ScratchFolders.Write(() =>
            (PdfFontSetup.WriteConfig(folder), Directory.CreateDirectory(Path.Combine(folder, "tmp")).FullName));
        start.Environment["FONTCONFIG_FILE"] = fonts;
        foreach (var variable in (string[])["TMPDIR", "TMP", "TEMP"])
        {
            start.Environment[variable] = temporary;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = ScratchFolders.Start(start) ?? throw new PdfConversionException("无法启动 LibreOffice。");
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (WaitOrOverrun(process) is { } overrun)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new PdfConversionException($"LibreOffice 转换 PDF {overrun}仍未完成，已终止。");
            }

            // A LibreOffice killed because fincomp is being stopped did not fail on the report: say so, not its exit code.
            ScratchFolders.ThrowIfClosing();
            return (process.ExitCode, $"{stderr.Result.Trim()} {stdout.Result.Trim()}");
        }
        finally
        {
            ScratchFolders.Forget(process);
        }
    }

    /// <summary>Waits for <paramref name="process"/> to end; null when it did, else which limit it overran (for the message).</summary>
    private string? WaitOrOverrun(Process process)
    {
        var watch = Stopwatch.StartNew();
        while (!process.WaitForExit(Poll))
        {
            if (ProcessTreeClock.ProcessorTime(process) > limits.ProcessorTime)
            {
                return string.Create(CultureInfo.InvariantCulture, $"用了 {limits.ProcessorTime.TotalSeconds:0} 秒处理器时间");
            }

            if (watch.Elapsed > limits.WallClock)
            {
                return string.Create(CultureInfo.InvariantCulture, $"已运行 {limits.WallClock.TotalSeconds:0} 秒");
            }
        }

        process.WaitForExit();
        return null;
    }
}
