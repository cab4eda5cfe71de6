using DocumentFormat.OpenXml.Packaging;
using Fincomp.Diagnostics;
using Fincomp.Model;
using Fincomp.Narrative;
using Fincomp.Writers.Docx;

namespace Fincomp.Compilation;

/// <summary>
/// Compiles a unit and writes the Word file atomically: the document goes to a temporary file in the target folder
/// and is renamed over the target only when complete, so a failed build never leaves a half-written report behind
/// (and never destroys the previous one).
/// </summary>
public static class ReportBuilder
{
    /// <summary>The output file of <paramref name="inputPath"/> in <paramref name="outputDirectory"/>: dangqun-2023.yaml → dangqun-2023.docx.</summary>
    public static string OutputPathFor(string inputPath, string? outputDirectory)
    {
        var directory = outputDirectory ?? Path.GetDirectoryName(Path.GetFullPath(inputPath)) ?? ".";
        return Path.Combine(directory, Path.GetFileNameWithoutExtension(inputPath) + ".docx");
    }

    public static CompileResult Build(UnitYear unit, CompileOptions options, string outputPath)
    {
        var result = ReportCompiler.Compile(unit, options);
        if (result.Document is null)
        {
            return result;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
        var temporary = Path.Combine(directory, "." + Path.GetFileName(outputPath) + "." + Path.GetRandomFileName() + ".tmp");
        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                new DocxWriter(new DocxOptions { ReferenceDocPath = options.ReferenceDocument }).Write(result.Document, stream);
            }

            File.Move(temporary, outputPath, overwrite: true);
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or FormatException or OpenXmlPackageException)
        {
            var failure = new Diagnostic(NarrativeCodes.OutputFailed, Severity.Error, $"无法写出报告：{e.Message}", SourceSpan.StartOf(outputPath));
            return new CompileResult(null, [.. result.Diagnostics, failure]);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                TryDelete(temporary);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Nothing more can be done; the name starts with "." and ends in .tmp, so it is recognisable.
        }
    }
}
