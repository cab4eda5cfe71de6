using Fincomp.Audit;
using Fincomp.Cli;
using Fincomp.Compilation;
using Fincomp.Derivation;
using Fincomp.Tests.Support;
using Fincomp.Writers.Docx;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// <c>fincomp check report.docx</c>: the Word file fincomp builds from the sample audits clean but for the published
/// report's own errors the sample encodes (<see cref="PlantedDocx.IsSeedError"/>); copies of it with one
/// planted error each are found at the right place.
/// </summary>
public sealed class DocxAuditTests : IDisposable
{
    private static readonly Lazy<byte[]> Built = PlantedDocx.Built;

    private readonly TemporaryFolder _folder = new("fincomp-docx-audit-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_built_sample_audits_with_only_the_published_reports_own_errors()
    {
        var findings = DocumentCheck.Check(Write("sample.docx", Built.Value));

        Assert.Equal(4, findings.Count(PlantedDocx.IsSeedError));
        Assert.Empty(PlantedDocx.Planted(findings));
    }

    [Theory]
    [MemberData(nameof(SampleAuditTests.Samples), MemberType = typeof(SampleAuditTests))]
    public void The_word_report_of_each_sample_audits_with_no_findings(string sample) =>
        Assert.Empty(PlantedDocx.Planted(DocumentCheck.Check(Write("report.docx", PlantedDocx.BuildSample(sample)))));

    [Theory]
    [InlineData("城乡社区支出55.6万元，占6.64%", "占6.64%", "占6.66%", AuditCodes.Share, "第")]
    [InlineData("收、支总计各减少54.15万元，下降6.07%", "减少54.15万元", "增加54.15万元", AuditCodes.Change, "第")]
    [InlineData("党群部下设5个部门", "下设5个", "下设6个", AuditCodes.Count, "第")]
    [InlineData("人员经费98.12万元", "98.12万元", "98.13万元", AuditCodes.TwoValues, "第")]
    public void A_planted_error_in_the_text_is_found_in_its_paragraph(string sentence, string old, string planted, string code, string place)
    {
        var file = Write("planted.docx", Plant(Built.Value, sentence, old, planted));

        var finding = Assert.Single(PlantedDocx.Planted(DocumentCheck.Check(file)));

        Assert.Equal(code, finding.Code);
        Assert.Equal(file, finding.Span.File);
        Assert.StartsWith(place, finding.Span.Place, StringComparison.Ordinal);
        Assert.Contains("段", finding.Span.Place, StringComparison.Ordinal);
    }

    [Fact]
    public void Level_with_last_year_is_found_where_the_sentence_prints_two_different_years()
    {
        var level = Write("level.docx", Plant(Built.Value, "机关运行经费支出90.37万元", "比2022年度增加23.17万元，增长34.48%", "上年支出67.2万元，与上年持平"));
        var equal = Write("equal.docx", Plant(Built.Value, "机关运行经费支出90.37万元", "比2022年度增加23.17万元，增长34.48%", "上年支出90.37万元，与上年持平"));

        var finding = Assert.Single(PlantedDocx.Planted(DocumentCheck.Check(level)));

        Assert.Equal(AuditCodes.Comparison, finding.Code);
        Assert.Matches("^第\\d+段：“与上年持平”$", finding.Span.Place);
        Assert.Contains("本年90.37万元，上年67.2万元，增加23.17万元，不是持平", finding.Message, StringComparison.Ordinal);
        Assert.Empty(PlantedDocx.Planted(DocumentCheck.Check(equal)));
    }

    [Theory]
    [InlineData("收、支总计各减少54.15万元，下降6.07%", "收、支总计各减少54.15万元，下降6.07%", "收入总计减少54.15万元，下降6.07%，支出总计与上年持平", null)]
    [InlineData("机关运行经费支出90.37万元", "增长34.48%", "增长34.48%，人员编制与上年持平", null)]
    [InlineData("收、支总计各减少54.15万元，下降6.07%", "下降6.07%", "下降6.07%，与上年持平", "变动额为减少54.15万元")]
    [InlineData("机关运行经费支出90.37万元", "增长34.48%", "增长34.48%，同比持平", "变动额为增加23.17万元")]
    public void Level_with_last_year_is_judged_by_the_clauses_of_its_own_subject(string sentence, string old, string planted, string? wrong)
    {
        var findings = PlantedDocx.Planted(DocumentCheck.Check(Write("level.docx", Plant(Built.Value, sentence, old, planted))));

        if (wrong is null)
        {
            Assert.Empty(findings);
            return;
        }

        var finding = Assert.Single(findings);
        Assert.Equal(AuditCodes.Comparison, finding.Code);
        Assert.Contains(wrong, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_is_printed_as_the_document_writes_it_so_a_search_finds_it()
    {
        var bytes = Plant(Built.Value, "城乡社区支出55.6万元，占6.64%", "占6.64%", "占 ６.６６％");
        var file = Write("typed.docx", bytes);

        var finding = Assert.Single(PlantedDocx.Planted(DocumentCheck.Check(file)));

        Assert.Equal(AuditCodes.Share, finding.Code);
        var quote = finding.Span.Location!.Quote;
        Assert.Contains("占 ６.６６％", quote, StringComparison.Ordinal);
        Assert.EndsWith($"：“{quote}”", finding.Span.Place, StringComparison.Ordinal);
        Assert.Contains("占 ６.６６％”", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("6.66%”", finding.Message, StringComparison.Ordinal);
        using var stream = new MemoryStream(bytes);
        var printed = Fincomp.Audit.Reading.DocxReportReader.Read(stream).Blocks.OfType<Fincomp.Document.Paragraph>().Select(p => p.Text);
        Assert.Contains(printed, text => text.Contains(quote, StringComparison.Ordinal));
    }

    [Fact]
    public void Json_gives_the_place_field_by_field()
    {
        var file = Write("fields.docx", PlantedDocx.With(
            Built.Value,
            new PlantedDocx.Plant("城乡社区支出55.6万元，占6.64%", "占6.64%", "占6.66%"),
            new PlantedDocx.Plant("2013202", "334.48", "336.48", InRow: true)));
        var output = new StringWriter();

        FincompApp.Run(["check", file, "-f", "json"], output, new StringWriter());

        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        var diagnostics = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        var share = diagnostics.Single(d => d.GetProperty("code").GetString() == AuditCodes.Share).GetProperty("location");
        Assert.True(share.GetProperty("paragraph").GetInt32() > 1);
        Assert.Contains("占6.66%", share.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.False(share.TryGetProperty("table", out _));
        Assert.False(share.TryGetProperty("tableNumber", out _));
        Assert.False(share.TryGetProperty("page", out _));
        var sum = diagnostics.First(d => d.GetProperty("code").GetString() == AuditCodes.TableSum);
        var cell = sum.GetProperty("location");
        Assert.Equal("收入决算表", cell.GetProperty("table").GetString());
        var tables = Fincomp.Audit.Reading.DocxReportReader.Read(File.OpenRead(file)).Blocks.OfType<Fincomp.Document.Table>().ToList();
        Assert.Equal(1 + tables.FindIndex(t => t.Title == "收入决算表"), cell.GetProperty("tableNumber").GetInt32());
        Assert.True(cell.GetProperty("row").GetInt32() > 0);
        Assert.True(cell.GetProperty("column").GetInt32() > 0);
        Assert.Equal(
            $"表“收入决算表”第{cell.GetProperty("row").GetInt32()}行第{cell.GetProperty("column").GetInt32()}列：“{cell.GetProperty("quote").GetString()}”",
            sum.GetProperty("place").GetString());
        Assert.Equal(0, sum.GetProperty("line").GetInt32());
    }

    [Fact]
    public void A_changed_table_cell_is_found_by_table_row_and_column()
    {
        var file = Write("cell.docx", Plant(Built.Value, "2013202", null, null, cell: ("334.48", "336.48")));

        var findings = DocumentCheck.Check(file);

        Assert.Contains(findings, d => d.Code == AuditCodes.TableSum && d.Span.Place!.StartsWith("表“收入决算表”第", StringComparison.Ordinal));
        Assert.All(findings, d => Assert.NotNull(d.Span.Place));
    }

    [Fact]
    public void Check_dispatches_a_docx_by_its_extension_and_exits_one_on_a_finding()
    {
        var clean = Write("clean.docx", PlantedDocx.BuildSample("park/yingji-2023.yaml"));
        var planted = Write("wrong.docx", Plant(Built.Value, "城乡社区支出55.6万元，占6.64%", "占6.64%", "占6.66%"));
        var output = new StringWriter();

        Assert.Equal(0, FincompApp.Run(["check", clean], new StringWriter(), new StringWriter()));
        Assert.Equal(1, FincompApp.Run(["check", planted], output, new StringWriter()));
        Assert.Contains("error FC2004", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("占6.66%", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_word_document_is_unreadable()
    {
        var file = Write("broken.docx", "这不是 Word 文件"u8.ToArray());

        var finding = Assert.Single(DocumentCheck.Check(file));
        Assert.Equal(AuditCodes.Unreadable, finding.Code);
        Assert.Equal(2, FincompApp.Run(["check", file], new StringWriter(), new StringWriter()));
    }

    /// <summary>A copy of <paramref name="docx"/> with one text changed: in the paragraph holding <paramref name="sentence"/>, or in a table cell.</summary>
    private static byte[] Plant(byte[] docx, string sentence, string? old, string? planted, (string Old, string New)? cell = null) =>
        cell is { } change
            ? PlantedDocx.With(docx, new PlantedDocx.Plant(sentence, change.Old, change.New, InRow: true))
            : PlantedDocx.With(docx, new PlantedDocx.Plant(sentence, old!, planted!));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
