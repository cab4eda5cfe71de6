using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Compilation;
using Fincomp.Document;
using Fincomp.Tests.Support;
using Fincomp.Writers.Docx;
using Xunit;
using Run = DocumentFormat.OpenXml.Wordprocessing.Run;

namespace Fincomp.Tests.Docx;

/// <summary>
/// Page numbers from a layout's contents are taken only when its lines are the document's entries in order, and are
/// then written as the result of each entry's PAGEREF field.
/// </summary>
public sealed class ContentsPageNumbersTests
{
    private static readonly Lazy<ReportDocument> Sample = new(() =>
        ReportCompiler.Compile(TestPaths.LoadSample(), new CompileOptions()).Document!);

    private static List<string> Entries() =>
        ContentsOutline.Of(Sample.Value.Blocks).Select(e => e.Heading.Text.Replace('\n', ' ')).ToList();

    private static List<string> Lines() => Entries().Select((text, i) => $"{text}\t{i + 1}").ToList();

    [Fact]
    public void Lines_that_list_the_entries_in_order_give_their_page_numbers()
    {
        var pages = ContentsPageNumbers.Match(Sample.Value, ["", .. Lines(), ""]);

        Assert.Equal(Enumerable.Range(1, Entries().Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), pages);
    }

    [Fact]
    public void Lines_that_differ_from_the_entries_give_no_page_numbers()
    {
        var renamed = Lines();
        renamed[3] = "三、别的标题\t4";
        var dropped = Lines();
        dropped.RemoveAt(5);
        var unnumbered = Lines();
        unnumbered[0] = Entries()[0] + "\t";
        var swapped = Lines();
        (swapped[1], swapped[2]) = (swapped[2], swapped[1]);

        Assert.All(new[] { renamed, dropped, unnumbered, swapped, [] }, lines => Assert.Null(ContentsPageNumbers.Match(Sample.Value, lines)));
    }

    [Fact]
    public void Given_page_numbers_are_the_results_of_the_PAGEREF_fields()
    {
        var pages = Entries().Select((_, i) => (i * 3 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(pages, PagerefResults(new DocxOptions { ContentsPageNumbers = pages }));
    }

    /// <summary>
    /// Without a layout (no --toc-pages) no page number is guessed: every entry's PAGEREF result is empty, and the file
    /// asks Word to update its fields on opening, which fills them.
    /// </summary>
    [Fact]
    public void Without_page_numbers_every_entry_is_left_for_the_reader_to_fill()
    {
        var results = PagerefResults(new DocxOptions());

        Assert.Equal(Entries().Count, results.Count);
        Assert.All(results, Assert.Empty);
    }

    private static List<string> PagerefResults(DocxOptions options)
    {
        using var buffer = new MemoryStream();
        new DocxWriter(options).Write(Sample.Value, buffer);
        using var document = WordprocessingDocument.Open(new MemoryStream(buffer.ToArray()), false);
        Assert.True(document.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);

        return document.MainDocumentPart!.Document!.Body!.Descendants<Hyperlink>()
            .Where(h => h.Descendants<FieldCode>().Any(f => f.Text.Contains("PAGEREF", StringComparison.Ordinal)))
            .Select(h => string.Concat(h.Elements<Run>().SkipWhile(r => r.GetFirstChild<FieldChar>()?.FieldCharType?.Value != FieldCharValues.Separate)
                .Skip(1).TakeWhile(r => r.GetFirstChild<FieldChar>() is null).Select(r => r.InnerText)))
            .ToList();
    }
}
