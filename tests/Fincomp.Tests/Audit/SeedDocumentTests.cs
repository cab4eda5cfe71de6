using Fincomp.Audit;
using Fincomp.Audit.Reading;
using Fincomp.Compilation;
using Fincomp.Derivation;
using Fincomp.Document;
using Fincomp.Import;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// The published 2023 disclosure the sample encodes (Data/seed/dangqun-2023.txt, its text as published), made into a
/// document as its author would have: a title, its paragraphs in order with headings by their numbering, and the nine
/// tables printed from the sample's figures under 第五部分 附表. The audit of a finished document finds the errors the
/// author made (the sample's comments and the unit checks' golden list them).
/// </summary>
public sealed class SeedDocumentTests
{
    private static readonly Lazy<ReportDocument> Seed = new(Build);

    private static readonly Lazy<IReadOnlyList<AuditFinding>> Findings = new(() => DocumentAuditor.AuditFinished(Seed.Value));

    [Theory]
    [InlineData(AuditCodes.Count, "下设6个")]
    [InlineData(AuditCodes.Share, "占6.66%")]
    [InlineData(AuditCodes.Change, "减少0万元")]
    [InlineData(AuditCodes.SubjectName, "支应急管理事务")]
    [InlineData(AuditCodes.FullMarks, "满分")]
    [InlineData(AuditCodes.DetailSum, "43.89")]
    [InlineData(AuditCodes.DetailSum, "5.78")]
    public void The_audit_finds_the_published_error(string code, string quoted) =>
        Assert.Contains(Findings.Value, f => f.Code == code && (f.Place.Quote + f.Message).Contains(quoted, StringComparison.Ordinal));

    [Fact]
    public void Every_finding_is_golden() =>
        GoldenFile.AssertMatches(
            Path.Combine(TestPaths.TestProject, "Audit", "Golden", "seed-dangqun-2023.findings.txt"),
            string.Concat(Findings.Value.Select(f => $"{f.Code} {DocumentAuditor.Describe(Seed.Value, f.Place)}：“{f.Place.Quote}” {f.Message}\n")));

    private static ReportDocument Build()
    {
        var unit = TestPaths.LoadSample();
        var title = $"{unit.Unit.Name}{unit.Unit.Year}年度部门决算";
        var blocks = new List<Block> { new Heading(HeadingLevel.Title, title) };
        var inChart = false;
        foreach (var raw in File.ReadAllLines(TestPaths.Data("seed", "dangqun-2023.txt")))
        {
            var line = raw.Trim();
            // The performance forms were tables, printed one cell a line in this text: only their sentences (the
            // conclusions) are kept, as paragraphs. The numbers a chart's picture left behind, up to the chart's
            // caption, are left out. An attachment's title (…自评报告) opens an attachment, as its title style would.
            inChart = (inChart || line.StartsWith("[image:", StringComparison.Ordinal)) && !line.StartsWith('图');
            if (line.Length == 0 || inChart || (raw.StartsWith('\t') && !(line.Length >= 20 && line.Contains('。', StringComparison.Ordinal))))
            {
                continue;
            }

            blocks.Add(
                ReadStructure.LevelByNumbering(line) is { } level ? new Heading(level, line)
                : line.Length <= ReadStructure.HeadingLength && line.EndsWith("报告", StringComparison.Ordinal) ? new Heading(HeadingLevel.Title, line)
                : new Paragraph(line));
        }

        var compiled = ReportCompiler.Compile(ReportFigures.Of(unit), new CompileOptions(), drawCharts: false);
        var standard = compiled.Document!.Blocks.OfType<Table>().Where(t => TableTitles.All.Any(s => TableTitles.Normalise(t.Title ?? string.Empty) == s.Title));
        blocks.Add(new Heading(HeadingLevel.Part, "第五部分 附表"));
        blocks.AddRange(standard);
        return new ReportDocument(title, blocks);
    }
}
