using System.Diagnostics;

namespace Fincomp.Writers.Pdf;

/// <summary>
/// Turns a Word document into PDF with LibreOffice, headless. Each conversion uses its own scratch folder and its own
/// LibreOffice profile, so several units convert in parallel without locking each other out, and a hung LibreOffice is
/// killed after a timeout instead of stalling a batch. Fonts come through the fontconfig file fincomp ships
/// (<see cref="PdfFontSetup"/>).
/// </summary>
public sealed class LibreOfficePdfConverter(string soffice, TimeSpan timeout)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>A converter for the soffice found on this machine, or a clear error when there is none.</summary>
    public static LibreOfficePdfConverter Create() =>
        SofficeLocator.Find() is { } found
            ? new LibreOfficePdfConverter(found, DefaultTimeout)
            : throw new PdfConversionException("未找到 LibreOffice（soffice），无法生成 PDF：请安装 LibreOffice 并确保 soffice 在 PATH 中，或改用 --format docx / html。");

    public void Convert(byte[] docx, Stream pdf)
    {
        var scratch = Directory.CreateTempSubdirectory("fincomp-pdf-").FullName;
        try
        {
            var input = Path.Combine(scratch, "report.docx");
            File.WriteAllBytes(input, docx);
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // LibreOffice asks fontconfig for the styles' fonts; the shipped file gives the official fonts Chinese fallbacks.
            start.Environment["FONTCONFIG_FILE"] = PdfFontSetup.WriteConfig(scratch);
            foreach (var argument in new[]
            {
                "-env:UserInstallation=" + new Uri(Path.Combine(scratch, "profile")).AbsoluteUri,
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", scratch, input,
            })
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

            var produced = Path.Combine(scratch, "report.pdf");
            if (process.ExitCode != 0 || !File.Exists(produced))
            {
                throw new PdfConversionException($"LibreOffice 未能生成 PDF（退出码 {process.ExitCode}）：{stderr.Result.Trim()} {stdout.Result.Trim()}".Trim());
            }

            using var source = File.OpenRead(produced);
            source.CopyTo(pdf);
        }
        finally
        {
            try
            {
                Directory.Delete(scratch, recursive: true);
            }
            catch (IOException)
            {
                // A scratch folder left in the temp directory is harmless.
            }
        }
    }
}
