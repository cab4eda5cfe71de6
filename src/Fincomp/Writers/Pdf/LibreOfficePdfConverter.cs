using System.Collections.Concurrent;
using System.Diagnostics;

namespace Fincomp.Writers.Pdf;

/// <summary>
/// Turns a Word document into PDF with LibreOffice, headless, through fincomp's export macro
/// (<see cref="LibreOfficeProfile"/>), which updates the contents' page numbers before it exports. Each conversion uses
/// its own scratch folder and its own copy of the profile, so several units convert in parallel without locking each
/// other out, and a hung LibreOffice is killed after a timeout instead of stalling a batch. Fonts come through the
/// fontconfig file fincomp ships (<see cref="PdfFontSetup"/>).
/// </summary>
public sealed class LibreOfficePdfConverter(string soffice, TimeSpan timeout)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>One template profile per LibreOffice per process, made on the first conversion.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<LibreOfficeProfile>> Profiles = new(StringComparer.Ordinal);

    /// <summary>A converter for the soffice found on this machine, or a clear error when there is none.</summary>
    public static LibreOfficePdfConverter Create() =>
        SofficeLocator.Find() is { } found
            ? new LibreOfficePdfConverter(found, DefaultTimeout)
            : throw new PdfConversionException("未找到 LibreOffice（soffice），无法生成 PDF：请安装 LibreOffice 并确保 soffice 在 PATH 中，或改用 --format docx / html。");

    public void Convert(byte[] docx, Stream pdf)
    {
        var profile = Profiles.GetOrAdd(soffice, _ => new Lazy<LibreOfficeProfile>(() =>
        {
            var scratch = Directory.CreateTempSubdirectory("fincomp-pdf-").FullName;
            try
            {
                return LibreOfficeProfile.Create(arguments => Run(arguments, scratch));
            }
            finally
            {
                TryDelete(scratch);
            }
        })).Value;
        var folder = Directory.CreateTempSubdirectory("fincomp-pdf-").FullName;
        try
        {
            var input = Path.Combine(folder, "report.docx");
            var produced = Path.Combine(folder, "report.pdf");
            File.WriteAllBytes(input, docx);
            var (exitCode, output) = Run([profile.CopyTo(folder), "--headless", "--norestore", LibreOfficeProfile.MacroCall(input, produced)], folder);
            if (exitCode != 0 || !File.Exists(produced))
            {
                throw new PdfConversionException($"LibreOffice 未能生成 PDF（退出码 {exitCode}）：{output}".Trim());
            }

            using var source = File.OpenRead(produced);
            source.CopyTo(pdf);
        }
        finally
        {
            TryDelete(folder);
        }
    }

    /// <summary>Runs soffice with the shipped font setup; the exit code and what it printed.</summary>
    private (int ExitCode, string Output) Run(IReadOnlyList<string> arguments, string folder)
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
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new PdfConversionException($"LibreOffice 转换 PDF 超过 {timeout.TotalSeconds:0} 秒未完成，已终止。");
        }

        return (process.ExitCode, $"{stderr.Result.Trim()} {stdout.Result.Trim()}");
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A scratch folder left in the temp directory is harmless.
        }
    }
}
