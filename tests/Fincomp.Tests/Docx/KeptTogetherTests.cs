using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Writers.Docx;
using StyleIds = Fincomp.Writers.Docx.StyleIds;
using Xunit;

namespace Fincomp.Tests.Docx;

/// <summary>
/// Page-break leftovers read from the Word XML of the samples: a table's note (注：本表反映…) is kept with the table's
/// last row, so it never opens a page alone; and the contents set 25 to 30 entries on a tighter
/// line so they stay on one page instead of leaving a few alone on a second.
/// </summary>
public sealed class KeptTogetherTests
{
    [Fact]
    public void A_table_note_is_kept_with_the_tables_last_row()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(BuiltUnitDocx.Write("shanghai-2024.yaml")), false);
        var note = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().First(p => p.InnerText.StartsWith("注：本表反映", StringComparison.Ordinal));
        var table = Assert.IsType<Table>(note.PreviousSibling());
        Assert.All(table.Elements<TableRow>().Last().Descendants<ParagraphProperties>(), p => Assert.NotNull(p.KeepNext));
    }

    [Theory]
    [InlineData(20, null)]
    [InlineData(24, null)]
    [InlineData(25, 440)]
    [InlineData(28, 400)]
    [InlineData(29, 380)]
    [InlineData(40, null)]
    public void The_contents_line_is_tightened_only_to_keep_the_entries_on_one_page(int entries, int? line) =>
        Assert.Equal(line, ContentsWriter.FittedLine(entries));

    [Fact]
    public void Twenty_eight_entries_are_written_on_the_tightened_line()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(BuiltUnitDocx.Write("dangqun-2023.yaml")), false);
        var entries = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style && style is StyleIds.Contents1 or StyleIds.Contents2).ToList();
        Assert.True(entries.Count > 24, $"{entries.Count} contents entries");
        Assert.All(entries, p => Assert.Equal(ContentsWriter.FittedLine(entries.Count)?.ToString(System.Globalization.CultureInfo.InvariantCulture), p.ParagraphProperties!.SpacingBetweenLines?.Line?.Value));
    }
}
