using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Compilation;
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

    /// <summary>One text change: in the paragraph holding <see cref="Sentence"/>, or (with <see cref="InRow"/>) in a table cell of the row holding it.</summary>
    public sealed record Plant(string Sentence, string Old, string New, bool InRow = false);

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
                    var paragraph = body.Descendants<Paragraph>().First(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)).Contains(plant.Sentence, StringComparison.Ordinal));
                    var text = paragraph.Descendants<Text>().First(t => t.Text.Contains(plant.Old, StringComparison.Ordinal));
                    text.Text = text.Text.Replace(plant.Old, plant.New, StringComparison.Ordinal);
                }
            }
        }

        return stream.ToArray();
    }
}
