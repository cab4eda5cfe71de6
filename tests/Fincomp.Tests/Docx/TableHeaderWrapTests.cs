using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Derivation;
using Fincomp.Writers.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Xunit;
using Xunit.Abstractions;

namespace Fincomp.Tests.Docx;

/// <summary>
/// No cell text of the nine public tables leaves a single character alone on a line (本年收入合/计, 其他民族事务支/出),
/// read from LibreOffice's rendering through fincomp's own PDF conversion: each cell text of three or more characters
/// is found in the tables' pages in print order, and its characters, grouped by baseline, give the lines it took.
/// </summary>
public sealed class TableHeaderWrapTests(ITestOutputHelper output)
{
    private static readonly string[] NineTables =
    [
        StandardTableTitles.IncomeExpenditureSummary, StandardTableTitles.Income, StandardTableTitles.Expenditure,
        StandardTableTitles.FiscalSummary, StandardTableTitles.GeneralBudgetExpenditure, StandardTableTitles.BasicExpenditure,
        StandardTableTitles.ThreePublic, StandardTableTitles.GovernmentFund, StandardTableTitles.StateCapital,
    ];

    [LibreOfficeFact]
    public void No_cell_of_the_nine_tables_wraps_a_lone_character()
    {
        foreach (var sample in new[] { "dangqun-2023.yaml", "park/zhifa-2023.yaml" })
        {
            var docx = BuiltUnitDocx.Write(sample);
            var (headers, texts) = CellTexts(docx);
            Assert.True(headers.Count > 20, $"{sample}: only {headers.Count} header cells in the nine tables");

            using var pdf = new MemoryStream();
            LibreOfficePdfConverter.Create().Convert(docx, pdf);
            using var document = PdfDocument.Open(pdf.ToArray());
            var letters = TablePages(document).SelectMany(p => p.Letters).Where(l => l.Value.Length == 1 && !char.IsWhiteSpace(l.Value[0])).ToList();
            var printed = string.Concat(letters.Select(l => l.Value));

            var wrapped = 0;
            // Longer texts first: where a text is printed as part of a longer cell's (民政管理事务 in 其他民政管理事务支出),
            // that cell's lines are the ones that count.
            var covered = new bool[printed.Length];
            foreach (var text in texts.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal))
            {
                var found = false;
                for (var at = printed.IndexOf(text, StringComparison.Ordinal); at >= 0; at = printed.IndexOf(text, at + 1, StringComparison.Ordinal))
                {
                    found = true;
                    if (covered.AsSpan(at, text.Length).IndexOf(false) < 0)
                    {
                        continue;
                    }

                    covered.AsSpan(at, text.Length).Fill(true);
                    var lines = Lines(letters.Skip(at).Take(text.Length));
                    if (lines.Count > 1)
                    {
                        wrapped++;
                        Assert.True(lines.All(n => n > 1), $"{sample}: \"{text}\" is printed as lines of {string.Join(" + ", lines)} characters");
                    }
                }

                Assert.True(found || !headers.Contains(text), $"{sample}: header \"{text}\" is not in the rendered tables");
            }

            output.WriteLine($"{sample}: {texts.Count} cell texts, {wrapped} printed on more than one line");
            Assert.True(wrapped > 5, $"{sample}: only {wrapped} cell texts wrap: the test measured nothing");
        }
    }

    /// <summary>The characters on each line of letters in print order: a line ends where the baseline moves.</summary>
    private static List<int> Lines(IEnumerable<Letter> letters)
    {
        var lines = new List<int>();
        double? baseline = null;
        foreach (var letter in letters)
        {
            if (baseline is not { } last || Math.Abs(letter.StartBaseLine.Y - last) > 2)
            {
                lines.Add(0);
            }

            lines[^1]++;
            baseline = letter.StartBaseLine.Y;
        }

        return lines;
    }

    /// <summary>The header cells' texts of the nine tables, and all their cell texts of three or more CJK characters.</summary>
    private static (HashSet<string> Headers, List<string> Texts) CellTexts(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var headers = new HashSet<string>(StringComparer.Ordinal);
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in NineTables)
        {
            if (body.Elements<Paragraph>().FirstOrDefault(p => p.InnerText == title)?.ElementsAfter().OfType<Table>().FirstOrDefault() is not { } table)
            {
                continue;
            }

            foreach (var row in table.Elements<TableRow>())
            {
                var isHeader = row.TableRowProperties?.GetFirstChild<TableHeader>() is not null;
                foreach (var text in row.Elements<TableCell>().Select(c => c.InnerText).Where(t => t.Length >= 3 && t.All(c => c >= 0x2E80)))
                {
                    texts.Add(text);
                    if (isHeader)
                    {
                        headers.Add(text);
                    }
                }
            }
        }

        return (headers, texts.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The pages from the first of the nine tables' to the end: the tables part holds nothing but the tables.</summary>
    private static IEnumerable<Page> TablePages(PdfDocument document) =>
        document.GetPages().SkipWhile(p => !(p.Text.Contains(NineTables[0], StringComparison.Ordinal) && p.Text.Contains("单位：万元", StringComparison.Ordinal)));
}
