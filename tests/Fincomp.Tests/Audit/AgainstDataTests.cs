using Fincomp.Audit;
using Fincomp.Cli;
using Fincomp.Compilation;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Document;
using Fincomp.Tests.Docx;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// <c>fincomp check report.docx --against unit.yaml</c>: a report edited in Word after it was built, compared with
/// what its data builds. A changed figure in the text or in a table is an error at its place; a reworded sentence is
/// listed as info; the unedited report has no difference at all.
/// </summary>
public sealed class AgainstDataTests : IDisposable
{
    private static readonly PlantedDocx.Plant[] Edits =
    [
        new("人员经费98.12万元", "98.12万元", "98.13万元"),
        new("2013202", "334.48", "336.48", InRow: true),
        new("党群部下设5个部门", "党群部下设5个部门", "党群部共设5个部门"),
    ];

    private static readonly Lazy<ReportDocument> Reference = new(() =>
        ReportCompiler.Compile(ReportFigures.Of(TestPaths.LoadSample()), new CompileOptions(), drawCharts: false).Document!);

    private readonly TemporaryFolder _folder = new("fincomp-against-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_report_as_built_differs_in_nothing_from_its_data() =>
        Assert.DoesNotContain(DocumentCheck.Check(Write("built.docx", PlantedDocx.Built.Value), Reference.Value), d => d.Code is AuditCodes.DiffersFromData or AuditCodes.NarrativeChanged);

    [Fact]
    public void Every_edited_figure_is_an_error_where_it_is_and_a_reworded_sentence_is_info()
    {
        var findings = DocumentCheck.Check(Write("edited.docx", PlantedDocx.With(PlantedDocx.Built.Value, Edits)), Reference.Value);

        AssertEdits(findings, "第\\d+段：“[^”]*人员经费98.13万元”", "表“[^”]*”第\\d+行第\\d+列：“336.48”");
    }

    [Fact]
    public void A_change_told_the_other_way_round_is_an_error_even_when_its_figures_agree_with_each_other()
    {
        var edited = PlantedDocx.With(
            PlantedDocx.Built.Value,
            new PlantedDocx.Plant("收、支总计各减少54.15万元", "减少54.15万元", "增加54.15万元"),
            new PlantedDocx.Plant("收、支总计各增加54.15万元", "下降6.07%", "增长6.07%"));

        var findings = DocumentCheck.Check(Write("reversed.docx", edited), Reference.Value);

        var reversed = Assert.Single(findings, d => d.Code == AuditCodes.DiffersFromData);
        Assert.Equal(Severity.Error, reversed.Severity);
        Assert.Contains("与单位数据相反", reversed.Message, StringComparison.Ordinal);
        Assert.Contains("各增加54.15万元，增长6.07%", reversed.Span.Place, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, d => d.Code == AuditCodes.NarrativeChanged);
    }

    [LibreOfficeFact]
    public void A_pdf_of_the_edited_report_shows_the_same_differences_by_page()
    {
        var findings = DocumentCheck.Check(Write("edited.pdf", PdfAuditTests.ToPdf(PlantedDocx.With(PlantedDocx.Built.Value, Edits))), Reference.Value);

        AssertEdits(findings, "第\\d+页（PDF第\\d+页）：“[^”]*人员经费98.13万元”", "第\\d+页（PDF第\\d+页），表“[^”]*”第\\d+行第\\d+列（“[^”]+”行，“[^”]+”列）：“336.48”");
    }

    [Fact]
    public void Check_against_a_unit_file_reports_through_the_command_line()
    {
        var output = new StringWriter();

        var exit = FincompApp.Run(["check", Write("edited.docx", PlantedDocx.With(PlantedDocx.Built.Value, Edits)), "--against", TestPaths.Sample("dangqun-2023.yaml")], output, new StringWriter());

        Assert.Equal(1, exit);
        Assert.Contains("error FC2017", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("info FC2018", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_units_file_is_one_finding_naming_both_units_instead_of_a_flood()
    {
        var findings = DocumentCheck.Check(Write("built.docx", PlantedDocx.Built.Value), Build(Path.Combine("park", "guijian-2023.yaml")));

        var other = Assert.Single(findings, d => d.Code is AuditCodes.OtherUnitData or AuditCodes.DiffersFromData or AuditCodes.NarrativeChanged);
        Assert.Equal(AuditCodes.OtherUnitData, other.Code);
        Assert.Equal(Severity.Error, other.Severity);
        Assert.Contains("“四川遂宁高新技术产业园区规划建设局”2023年度", other.Message, StringComparison.Ordinal);
        Assert.Contains("“四川遂宁高新技术产业园区党群工作部”2023年度", other.Message, StringComparison.Ordinal);
        Assert.Contains("单位名称不同", other.Message, StringComparison.Ordinal);
        Assert.Contains("收入总计文档印为837.44万元", other.Message, StringComparison.Ordinal);
        Assert.StartsWith("第1段：“四川遂宁高新技术产业园区党群工作部2023年度部门决算”", other.Span.Place, StringComparison.Ordinal);
    }

    [Fact]
    public void Last_years_file_of_the_same_unit_is_the_wrong_year()
    {
        var report = Write("jingxin-2023.docx", Docx(Build(Path.Combine("park", "jingxin-2023.yaml"))));

        var findings = DocumentCheck.Check(report, Build(Path.Combine("park", "history", "jingxin-2022.yaml")));

        var other = Assert.Single(findings, d => d.Code is AuditCodes.OtherUnitData or AuditCodes.DiffersFromData or AuditCodes.NarrativeChanged);
        Assert.Equal(AuditCodes.OtherUnitData, other.Code);
        Assert.Contains("生成的是“四川遂宁高新技术产业园区经济和信息化局”2022年度", other.Message, StringComparison.Ordinal);
        Assert.Contains("本文档却是“四川遂宁高新技术产业园区经济和信息化局”2023年度", other.Message, StringComparison.Ordinal);
        Assert.Contains("年度不同", other.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("单位名称不同", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_unit_name_over_the_same_totals_is_still_the_one_mismatch_finding()
    {
        var renamed = PlantedDocx.With(PlantedDocx.Built.Value, new PlantedDocx.Plant("四川遂宁高新技术产业园区党群工作部2023年度部门决算", "党群工作部", "规划建设局"));

        var findings = DocumentCheck.Check(Write("renamed.docx", renamed), Reference.Value);

        var other = Assert.Single(findings, d => d.Code is AuditCodes.OtherUnitData or AuditCodes.DiffersFromData or AuditCodes.NarrativeChanged);
        Assert.Equal(AuditCodes.OtherUnitData, other.Code);
        Assert.Contains("单位名称不同", other.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("收入总计文档印为", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Against_with_a_unit_file_to_check_is_refused_in_chinese_with_exit_2()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = FincompApp.Run(["check", TestPaths.Sample("dangqun-2023.yaml"), "--against", TestPaths.Sample(Path.Combine("park", "zhifa-2023.yaml"))], output, error);

        Assert.Equal(2, exit);
        Assert.Contains("--against 只用于核对 .docx、.pdf 报告", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("dangqun-2023.yaml", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void Another_units_file_through_the_command_line_prints_the_one_finding()
    {
        var output = new StringWriter();

        var exit = FincompApp.Run(["check", Write("built.docx", PlantedDocx.Built.Value), "--against", TestPaths.Sample(Path.Combine("park", "zhifa-2023.yaml"))], output, new StringWriter());

        Assert.Equal(1, exit);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(output.ToString(), "error FC2019"));
        Assert.DoesNotContain("FC2017", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("FC2018", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_file_that_cannot_be_read_is_reported_and_nothing_is_compared()
    {
        var unit = Write("broken.yaml", "unit: [\n"u8.ToArray());

        Assert.Equal(2, FincompApp.Run(["check", Write("built.docx", PlantedDocx.Built.Value), "--against", unit], new StringWriter(), new StringWriter()));
    }

    private static void AssertEdits(IReadOnlyList<Diagnostic> findings, string textPlace, string cellPlace)
    {
        var differences = findings.Where(d => d.Code == AuditCodes.DiffersFromData).ToList();
        Assert.Contains(differences, d => d.Severity == Severity.Error && System.Text.RegularExpressions.Regex.IsMatch(d.Span.Place!, textPlace) && d.Message.Contains("应为98.12万元", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.Severity == Severity.Error && System.Text.RegularExpressions.Regex.IsMatch(d.Span.Place!, cellPlace) && d.Message.Contains("应为334.48", StringComparison.Ordinal));
        Assert.Equal(2, differences.Count);
        var reworded = Assert.Single(findings, d => d.Code == AuditCodes.NarrativeChanged);
        Assert.Equal(Severity.Info, reworded.Severity);
        Assert.Contains("党群部下设5个部门", reworded.Message, StringComparison.Ordinal);
    }

    /// <summary>The report a unit file of the samples builds, without charts.</summary>
    private static ReportDocument Build(string sample)
    {
        var loaded = new Fincomp.Input.UnitLoader().Load(TestPaths.Sample(sample));
        Assert.NotNull(loaded.Unit);
        var compiled = ReportCompiler.Compile(ReportFigures.Of(loaded.Unit!), new CompileOptions(), drawCharts: false);
        Assert.NotNull(compiled.Document);
        return compiled.Document!;
    }

    private static byte[] Docx(ReportDocument document)
    {
        using var stream = new MemoryStream();
        new Fincomp.Writers.Docx.DocxWriter(new Fincomp.Writers.Docx.DocxOptions()).Write(document, stream);
        return stream.ToArray();
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
