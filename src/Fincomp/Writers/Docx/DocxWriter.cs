using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Document;
using Fincomp.IO;

namespace Fincomp.Writers.Docx;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as a .docx. Appearance comes from a reference document (styles, settings,
/// theme, numbering, page margins), content from the tree; one small writer per block kind. The output is
/// byte-identical for the same input: fixed relationship and picture ids, no timestamps in the package properties,
/// and a re-packed zip with ordered entries and a fixed entry time.
/// </summary>
internal sealed class DocxWriter : IReportWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private readonly DocxOptions _options;

    /// <summary>The default reference's parts, read once per process: every unit of a batch gets the same bytes.</summary>
    private static readonly Lazy<ReferenceParts> DefaultReference = new(() => ReferenceParts.Read(ReferenceDocument.CreateDefault()));

    public DocxWriter(DocxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public void Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var reference = _options.ReferenceDocPath is { } path ? ReferenceParts.Read(File.ReadAllBytes(path)) : DefaultReference.Value;
        using var package = new MemoryStream();
        using (var target = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            // The package is compressed once, by the repack below; compressing it here as well only costs time.
            target.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            CoreProperties.AddTo(target, document.Title, document.Author);
            var main = target.AddNewPart<MainDocumentPart>(MainContentType, PartIds.MainDocument);
            var section = reference.CopyInto(main);
            var front = (SectionProperties)section.CloneNode(true);
            section.PrependChild(PageNumberFooter.AddTo(main));
            var contents = ContentsEntries.Of(document.Blocks);
            var context = new WriteContext(main, PageSetup.TextWidth(section), contents);
            var body = new Body();
            var builder = new BodyBuilder(body);
            var blocks = new DocxBlockWriter(builder, context, contents, front, section, _options.ContentsPageNumbers);
            // The page estimate behind a figure's move knows the default styles only; a reference document may set others.
            var ordered = _options.ReferenceDocPath is null ? FigurePlacement.Arrange(document.Blocks, context.TextWidth) : document.Blocks;
            foreach (var block in ordered)
            {
                block.Accept(blocks);
            }

            builder.Finish();
            body.Append(section);
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        }

        DeterministicZip.Repack(package, output);
    }

    /// <summary>
    /// Builds and reads the default reference package once per process. Calling it early, on another thread, also
    /// loads and compiles the Open XML SDK while the report is still being compiled, which is most of a first report's
    /// writing time; reading the styles and the body builds the SDK's per-element tables there too.
    /// </summary>
    public static void PrepareDefaultReference() => _ = DefaultReference.Value;
}
