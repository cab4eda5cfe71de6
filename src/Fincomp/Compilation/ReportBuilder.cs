using DocumentFormat.OpenXml.Packaging;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Document;
using Fincomp.IO;
using Fincomp.Model;
using Fincomp.Narrative;
using Fincomp.Writers.Docx;
using Fincomp.Writers.Html;
using Fincomp.Writers.Pdf;
using Fincomp.Writers.Xlsx;

namespace Fincomp.Compilation;

/// <summary>
/// Compiles a unit once and writes it in each requested format, every file atomically (<see cref="AtomicFile"/>): a
/// failed or killed build never leaves a half-written report behind and never destroys the previous one.
/// </summary>
public static class ReportBuilder
{
    /// <summary>The output file for <paramref name="inputPath"/>: <c>dangqun-2023.yaml</c> → <c>DIR/dangqun-2023.docx</c>.</summary>
    public static string OutputPathFor(string inputPath, string? outputDirectory, OutputFormat format = OutputFormat.Docx, string? name = null)
    {
        var directory = outputDirectory ?? Path.GetDirectoryName(Path.GetFullPath(inputPath)) ?? ".";
        return Path.Combine(directory, (name ?? Path.GetFileNameWithoutExtension(inputPath)) + Extension(format));
    }

    /// <summary>Compiles <paramref name="unit"/> and writes one file per format at <c>basePath + extension</c>.</summary>
    public static BuildResult Build(UnitYear unit, CompileOptions options, string basePath, IReadOnlyList<OutputFormat> formats) =>
        Build(ReportFigures.Of(unit), options, basePath, formats);

    /// <summary>Compiles the unit of <paramref name="figures"/> and writes one file per format at <c>basePath + extension</c>.</summary>
    public static BuildResult Build(ReportFigures figures, CompileOptions options, string basePath, IReadOnlyList<OutputFormat> formats)
    {
        if (formats.Contains(OutputFormat.Docx) || formats.Contains(OutputFormat.Pdf))
        {
            if (options.ReferenceDocument is { } reference && ReferenceDocumentCheck.Problem(reference) is { } problem)
            {
                return new BuildResult([new Diagnostic(NarrativeCodes.ReferenceDocumentUnusable, Severity.Error, problem, SourceSpan.StartOf(reference))], []);
            }

            // Loads the Word writer on the other core while the report compiles (the default reference once per process).
            _ = Task.Run(DocxWriter.PrepareDefaultReference);
        }

        var compiled = ReportCompiler.Compile(figures, options);
        if (compiled.Document is not { } document)
        {
            return new BuildResult(compiled.Diagnostics, []);
        }

        var diagnostics = new List<Diagnostic>(compiled.Diagnostics);
        var written = new List<string>();
        byte[]? docx = null;
        foreach (var format in formats.Distinct())
        {
            var path = basePath + Extension(format);
            try
            {
                switch (format)
                {
                    case OutputFormat.Docx:
                        docx ??= Docx(document, options);
                        AtomicFile.Write(path, stream => stream.Write(docx));
                        break;
                    case OutputFormat.Html:
                        AtomicFile.Write(path, stream => new HtmlWriter().Write(document, stream));
                        break;
                    case OutputFormat.Xlsx:
                        // The same table blocks the document prints, so the workbook and the report agree.
                        AtomicFile.Write(path, stream => TablesWorkbookWriter.Write(figures, stream));
                        break;
                    case OutputFormat.Pdf:
                        docx ??= Docx(document, options);
                        var converter = LibreOfficePdfConverter.Create();
                        AtomicFile.Write(path, stream => converter.Convert(docx, stream));
                        WarnMissingFonts(docx, path, diagnostics);
                        break;
                }

                written.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException
                or FormatException or OpenXmlPackageException or PdfConversionException or System.ComponentModel.Win32Exception)
            {
                diagnostics.Add(new Diagnostic(NarrativeCodes.OutputFailed, Severity.Error, $"无法写出 {path}：{WriteFailureText.Reason(e)}。", SourceSpan.StartOf(path)));
            }
        }

        return new BuildResult(diagnostics, written);
    }

    /// <summary>A PDF set in fallback fonts is not what the office publishes: say which official fonts are missing.</summary>
    private static void WarnMissingFonts(byte[] docx, string path, List<Diagnostic> diagnostics)
    {
        var missing = PdfFontSetup.Missing(PdfFontSetup.EastAsianFonts(docx));
        if (missing.Count > 0)
        {
            diagnostics.Add(new Diagnostic(NarrativeCodes.PdfFontsMissing, Severity.Warning,
                $"本机未安装正式字体 {string.Join("、", missing)}，{Path.GetFileName(path)} 中以相近的免费中文字体代替（见 fonts.conf）；正式发布前请安装正式字体后重新生成。",
                SourceSpan.StartOf(path)));
        }
    }

    public static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.Html => ".html",
        OutputFormat.Pdf => ".pdf",
        OutputFormat.Xlsx => ".xlsx",
        _ => ".docx",
    };

    private static byte[] Docx(ReportDocument document, CompileOptions options)
    {
        using var buffer = new MemoryStream();
        new DocxWriter(new DocxOptions { ReferenceDocPath = options.ReferenceDocument }).Write(document, buffer);
        return buffer.ToArray();
    }
}
