using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Writers.Docx;
using Xunit;

namespace Fincomp.Tests.Docx;

/// <summary>
/// A reference document is read once and its parts shared by every report written against it (the default reference
/// once per process): reports written at the same time on several threads get the same bytes as one written alone,
/// whether the reference is copied as stored or completed from the defaults.
/// </summary>
public sealed class SharedReferenceTests
{
    private const int Writers = 4;

    [Fact]
    public void Reports_written_at_once_against_the_default_reference_are_identical()
    {
        var writer = new DocxWriter(new DocxOptions());
        AssertSameBytesAtOnce(writer, SampleDocuments.Write(SampleDocuments.EveryBlockKind()));
    }

    [Fact]
    public void Reports_written_at_once_against_a_reference_completed_from_the_defaults_are_identical()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fincomp-reference-{Guid.NewGuid():N}.docx");
        try
        {
            File.WriteAllBytes(path, ReferenceDocument.CreateDefault());
            using (var reference = WordprocessingDocument.Open(path, true))
            {
                reference.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Note").Remove();
            }

            var options = new DocxOptions { ReferenceDocPath = path };
            var alone = SampleDocuments.Write(SampleDocuments.EveryBlockKind(), options);
            using (var output = WordprocessingDocument.Open(new MemoryStream(alone), false))
            {
                Assert.Single(output.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>(), s => s.StyleId == "Note");
            }

            AssertSameBytesAtOnce(new DocxWriter(options), alone);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertSameBytesAtOnce(DocxWriter writer, byte[] alone)
    {
        var document = SampleDocuments.EveryBlockKind();
        var start = new Barrier(Writers);
        var written = new byte[Writers][];
        var threads = Enumerable.Range(0, Writers).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            using var stream = new MemoryStream();
            writer.Write(document, stream);
            written[i] = stream.ToArray();
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.All(written, bytes => Assert.Equal(alone, bytes));
    }
}
