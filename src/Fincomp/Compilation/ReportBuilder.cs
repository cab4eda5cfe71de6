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
internal static class ReportBuilder
{
    /// <summary>
    /// Once per process: preparing the default reference on every build parsed its styles again for each unit of a
    /// batch, about a tenth of a batch's processor time.
    /// </summary>
    private static readonly Lazy<Task> WordWriterWarmUp = new(() => Task.Run(DocxWriter.PrepareDefaultReference));

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

            // Loads the Word writer on the other core while the first report compiles; later units of a batch find it ready.
            _ = WordWriterWarmUp.Value;
        }

        var compiled = ReportCompiler.Compile(figures, options);
        if (compiled.Document is not { } document)
        {
            return new BuildResult(compiled.Diagnostics, []);
        }

        var diagnostics = new List<Diagnostic>(compiled.Diagnostics);
        var written = new List<string>();
        // A Word writer that throws is a defect of fincomp, not of the output path: it surfaces as an internal error.
        var (docx, pdf, layoutProblem) = WordAndPdf(document, options, formats, basePath, diagnostics);
        foreach (var format in formats.Distinct())
        {
            var path = basePath + Extension(format);
            try
            {
                switch (format)
                {
                    case OutputFormat.Docx:
                        // WordAndPdf always writes the Word file when it is asked for.
                        var word = docx!;
                        AtomicFile.Write(path, stream => stream.Write(word));
                        break;
                    case OutputFormat.Html:
                        AtomicFile.Write(path, stream => new HtmlWriter().Write(document, stream));
                        break;
                    case OutputFormat.Xlsx:
                        // The same table blocks the document prints, so the workbook and the report agree.
                        AtomicFile.Write(path, stream => TablesWorkbookWriter.Write(figures, stream));
                        break;
                    case OutputFormat.Pdf:
                        var checkedPdf = pdf ?? throw new PdfConversionException(layoutProblem ?? "LibreOffice 未生成 PDF。");
                        AtomicFile.Write(path, stream => stream.Write(checkedPdf));
                        WarnMissingFonts(docx!, path, diagnostics);
                        break;
                }

                written.Add(path);
            }
            catch (Exception e) when (IsWriteFailure(e))
            {
                // A failed conversion says in its own (Chinese) words what LibreOffice did wrong; the runtime's I/O
                // messages are English, so those are told by WriteFailureText.
                diagnostics.Add(new Diagnostic(NarrativeCodes.OutputFailed, Severity.Error, $"无法写出 {path}：{(e is PdfConversionException ? e.Message.TrimEnd('。') : WriteFailureText.Reason(e))}。", SourceSpan.StartOf(path)));
            }
        }

        return new BuildResult(diagnostics, written);
    }

    /// <summary>
    /// What writing an output can meet without a defect in fincomp: the disk, the folder or its permissions
    /// (<see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>), or LibreOffice failing to make the PDF.
    /// Anything else (an invalid argument, a bad state, a malformed package) is a defect, reported as an internal error
    /// rather than as "无法写出", which would send the clerk looking at a disk that is fine.
    /// </summary>
    internal static bool IsWriteFailure(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or PdfConversionException;

    /// <summary>
    /// The Word file, and the PDF when asked for, from one LibreOffice run that also gives the contents' page numbers
    /// for <c>--toc-pages</c>. A failed run is returned as its message: the PDF then fails, the Word file is still
    /// written, without page numbers (and a warning saying so).
    /// </summary>
    private static (byte[]? Docx, byte[]? Pdf, string? LayoutProblem) WordAndPdf(
        ReportDocument document, CompileOptions options, IReadOnlyList<OutputFormat> formats, string basePath, List<Diagnostic> diagnostics)
    {
        var wantsPdf = formats.Contains(OutputFormat.Pdf);
        var wantsPages = options.ContentsPageNumbers && formats.Contains(OutputFormat.Docx);
        if (!wantsPdf && !formats.Contains(OutputFormat.Docx))
        {
            return (null, null, null);
        }

        var docx = Docx(document, options, null);
        if (!wantsPdf && !wantsPages)
        {
            return (docx, null, null);
        }

        LibreOfficeOutput output;
        try
        {
            var headings = document.Blocks.OfType<Heading>().Where(h => h.Level == HeadingLevel.Part).Select(h => h.Text).ToList();
            output = LibreOfficePdfConverter.Create().Run(docx, wantsPdf, document.Title, headings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PdfConversionException or System.ComponentModel.Win32Exception)
        {
            if (wantsPages)
            {
                diagnostics.Add(ContentsPagesMissing(basePath, SofficeLocator.Find() is null ? "本机未找到 LibreOffice（soffice）" : e.Message));
            }

            return (docx, null, e.Message);
        }

        if (wantsPages)
        {
            if (ContentsPageNumbers.Match(document, output.Contents) is { } pages)
            {
                docx = Docx(document, options, pages);
            }
            else
            {
                diagnostics.Add(ContentsPagesMissing(basePath, "LibreOffice 排出的目录与文档的标题对不上"));
            }
        }

        return (docx, output.Pdf, null);
    }

    private static Diagnostic ContentsPagesMissing(string basePath, string reason) =>
        new(NarrativeCodes.ContentsPagesMissing, Severity.Warning,
            $"目录页码未写入 {Path.GetFileName(basePath)}.docx（{reason.TrimEnd('。')}）：Word 打开时会询问是否更新域并填入页码，WPS、LibreOffice 打开时目录暂无页码。",
            SourceSpan.StartOf(basePath + ".docx"));

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

    private static byte[] Docx(ReportDocument document, CompileOptions options, IReadOnlyList<string>? contentsPages)
    {
        using var buffer = new MemoryStream();
        new DocxWriter(new DocxOptions { ReferenceDocPath = options.ReferenceDocument, ContentsPageNumbers = contentsPages }).Write(document, buffer);
        return buffer.ToArray();
    }
}
