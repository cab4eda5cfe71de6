using System.Diagnostics;
using System.Text.RegularExpressions;
using Fincomp.Writers.Pdf;
using Xunit;

namespace Fincomp.Tests.Docx;

/// <summary>
/// The sample as fincomp's own PDF conversion renders it (LibreOffice through the export macro and the shipped font
/// setup): the contents' page numbers are the pages the headings are printed on, the page count is the same on every
/// conversion, and no Japanese face sets the Chinese text.
/// </summary>
public sealed partial class SamplePdfTests
{
    private static readonly Lazy<(string Text, string Fonts, int Pages)[]> Rendered = new(() =>
        [Render(), Render()]);

    [LibreOfficeFact]
    public void Contents_page_numbers_are_the_pages_the_headings_are_printed_on() =>
        AssertContentsPagesArePrinted(Rendered.Value[0].Text);

    /// <summary>
    /// --toc-pages: the Word file carries the page numbers, so LibreOffice shows them on a plain conversion that updates
    /// no field, and they are the pages the headings are printed on.
    /// </summary>
    [LibreOfficeFact]
    public void With_toc_pages_the_Word_file_itself_shows_the_right_page_numbers()
    {
        var work = Directory.CreateTempSubdirectory("fincomp-toc-test-");
        try
        {
            var built = Fincomp.Compilation.ReportBuilder.Build(Fincomp.Tests.Support.TestPaths.LoadSample(),
                new Fincomp.Compilation.CompileOptions { ContentsPageNumbers = true }, Path.Combine(work.FullName, "report"), [Fincomp.Compilation.OutputFormat.Docx]);
            Assert.DoesNotContain(built.Diagnostics, d => d.Code == Fincomp.Narrative.NarrativeCodes.ContentsPagesMissing);
            var docx = File.ReadAllBytes(Path.Combine(work.FullName, "report.docx"));

            AssertContentsPagesArePrinted(LibreOffice.ConvertToPdfText(docx, work.FullName));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static void AssertContentsPagesArePrinted(string text)
    {
        var pages = text.Split('\f');
        var entries = pages.Take(4).SelectMany(p => p.Split('\n')).Select(l => ContentsLine().Match(l)).Where(m => m.Success)
            .Select(m => (Heading: Squeeze(m.Groups["heading"].Value), Page: int.Parse(m.Groups["page"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(27, entries.Count);
        var firstBodyPage = Array.FindIndex(pages, p => FooterNumber(p) == 1);
        Assert.True(firstBodyPage >= 2, "the cover and the contents carry no page number");
        Assert.All(pages.Take(firstBodyPage), p => Assert.Null(FooterNumber(p)));
        var from = firstBodyPage;
        foreach (var (heading, page) in entries)
        {
            var found = Array.FindIndex(pages, from, p => p.Split('\n').Any(l => Squeeze(l) == heading));
            Assert.True(found >= 0, $"heading {heading} not found after page {from + 1}");
            Assert.Equal((heading, FooterNumber(pages[found])), (heading, (int?)page));
            from = found;
        }
    }

    [LibreOfficeFact]
    public void Page_count_and_contents_are_the_same_on_every_conversion()
    {
        var (first, second) = (Rendered.Value[0], Rendered.Value[1]);
        Assert.Equal(first.Pages, second.Pages);
        Assert.Equal(first.Text.Split('\f').Take(4), second.Text.Split('\f').Take(4));
    }

    [LibreOfficeFact]
    public void No_Japanese_face_sets_the_text()
    {
        var fonts = Rendered.Value[0].Fonts;
        Assert.DoesNotMatch("(?i)jp|japan|gothic|mincho", fonts);
        Assert.Matches("UMing|WenQuanYi|UKai|SC", fonts);
    }

    private static (string Text, string Fonts, int Pages) Render()
    {
        var work = Directory.CreateTempSubdirectory("fincomp-pdf-test-");
        try
        {
            var pdf = Path.Combine(work.FullName, "report.pdf");
            using (var output = File.Create(pdf))
            {
                LibreOfficePdfConverter.Create().Convert(SampleDocx.Value, output);
            }

            var text = Tool("pdftotext", "-layout", pdf, "-");
            var fonts = Tool("pdffonts", pdf);
            var pages = int.Parse(PagesLine().Match(Tool("pdfinfo", pdf)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return (text, fonts, pages);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Tool(string name, params string[] arguments)
    {
        var start = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    /// <summary>The GB/T 9704 page number "— 7 —" printed at the foot of a page, if any.</summary>
    private static int? FooterNumber(string page)
    {
        var match = FooterLine().Match(page);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"^\s*(?<heading>\S.*?)\s*[.·…]{3,}\s*(?<page>\d+)\s*$")]
    private static partial Regex ContentsLine();

    [GeneratedRegex(@"—\s*(\d+)\s*—\s*$")]
    private static partial Regex FooterLine();

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();
}
