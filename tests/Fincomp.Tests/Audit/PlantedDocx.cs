using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Audit;
using Fincomp.Compilation;
using Fincomp.Diagnostics;
using Fincomp.Derivation;
using Fincomp.Tests.Support;
using Fincomp.Writers.Docx;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>The Word report fincomp builds from the sample, and copies of it with errors planted in its text or tables.</summary>
internal static class PlantedDocx
{
    public static readonly Lazy<byte[]> Built = new(() =>
    {
        var compiled = ReportCompiler.Compile(ReportFigures.Of(TestPaths.LoadSample()), new CompileOptions(), drawCharts: false);
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics));
        using var stream = new MemoryStream();
        new DocxWriter(new DocxOptions()).Write(compiled.Document!, stream);
        return stream.ToArray();
    });

    /// <summary>
    /// Whether <paramref name="finding"/> is one of the published report's own errors, which the sample encodes and its unit
    /// checks report (FC1807 43.89, FC1808 5.78, FC1902 满分 with 96), or which its project report prints as the clerk wrote
    /// it (（一）项目基本情况, an unnumbered 项目绩效目标, （三）项目自评步骤及方法): the audit of the finished document finds them too.
    /// </summary>
    public static bool IsSeedError(Diagnostic finding) =>
        (finding.Code == AuditCodes.DetailSum && (finding.Message.Contains("= 43.89", StringComparison.Ordinal) || finding.Message.Contains("= 5.78", StringComparison.Ordinal)))
        || (finding.Code == AuditCodes.FullMarks && finding.Message.Contains("得分为96分", StringComparison.Ordinal))
        || (finding.Code == AuditCodes.HeadingGap && finding.Span.Place!.Contains("（三）项目自评步骤及方法", StringComparison.Ordinal));

    /// <summary>The Word report fincomp builds from a sample file (samples/…), as <see cref="Built"/> is of the sample.</summary>
    public static byte[] BuildSample(string sample)
    {
        var unit = new Fincomp.Input.UnitLoader().Load(TestPaths.Sample(sample)).Unit!;
        var compiled = ReportCompiler.Compile(ReportFigures.Of(unit), new CompileOptions(), drawCharts: false);
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics));
        using var stream = new MemoryStream();
        new DocxWriter(new DocxOptions()).Write(compiled.Document!, stream);
        return stream.ToArray();
    }

    /// <summary>The findings of a document built from the sample, less the published report's own errors.</summary>
    public static IReadOnlyList<Diagnostic> Planted(IEnumerable<Diagnostic> findings) => findings.Where(f => !IsSeedError(f)).ToList();

    /// <summary>
    /// One text change: in the paragraph holding <see cref="Sentence"/> (of paragraph style <see cref="Style"/> when given,
    /// so a heading is told from its line in the table of contents), or (with <see cref="InRow"/>) in a table cell of the
    /// row holding it.
    /// </summary>
    public sealed record Plant(string Sentence, string Old, string New, bool InRow = false, string? Style = null);

    /// <summary>A copy of <paramref name="docx"/> with every plant made.</summary>
    public static byte[] With(byte[] docx, params Plant[] plants)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var package = WordprocessingDocument.Open(stream, true))
        {
            var body = package.MainDocumentPart!.Document!.Body!;
            foreach (var plant in plants)
            {
                if (plant.InRow)
                {
                    var row = body.Descendants<TableRow>().First(r => r.Descendants<Text>().Any(t => t.Text == plant.Sentence));
                    row.Descendants<Text>().First(t => t.Text == plant.Old).Text = plant.New;
                }
                else
                {
                    var paragraph = body.Descendants<Paragraph>().First(p => (plant.Style is null || StyleOf(p) == plant.Style) && TextOf(p).Contains(plant.Sentence, StringComparison.Ordinal));
                    var text = paragraph.Descendants<Text>().First(t => t.Text.Contains(plant.Old, StringComparison.Ordinal));
                    text.Text = text.Text.Replace(plant.Old, plant.New, StringComparison.Ordinal);
                }
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A copy of <paramref name="docx"/> with parts deleted as an editor deletes them: each heading (a Heading style
    /// paragraph, not its line in the table of contents) whose text is in <paramref name="headings"/>, and each table
    /// titled <paramref name="tableTitles"/> with its title, unit line and notes.
    /// </summary>
    public static byte[] Without(byte[] docx, string[] headings, params string[] tableTitles)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var package = WordprocessingDocument.Open(stream, true))
        {
            var body = package.MainDocumentPart!.Document!.Body!;
            foreach (var heading in headings)
            {
                body.Elements<Paragraph>().First(p => StyleOf(p)?.StartsWith("Heading", StringComparison.Ordinal) == true && TextOf(p) == heading).Remove();
            }

            foreach (var tableTitle in tableTitles)
            {
                var title = body.Elements<Paragraph>().First(p => StyleOf(p) == "TableTitle" && TextOf(p) == tableTitle);
                var following = title.ElementsAfter().TakeWhile(e => e is Table || (e is Paragraph p && StyleOf(p) is "TableUnit" or "Note")).ToList();
                title.Remove();
                following.ForEach(e => e.Remove());
            }
        }

        return stream.ToArray();
    }

    private static string TextOf(Paragraph paragraph) => string.Concat(paragraph.Descendants<Text>().Select(t => t.Text));

    private static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
}
