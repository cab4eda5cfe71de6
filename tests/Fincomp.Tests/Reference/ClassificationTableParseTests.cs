using Fincomp.Diagnostics;
using Fincomp.Reference;
using Xunit;

namespace Fincomp.Tests.Reference;

/// <summary>Reading a user's TSV: each bad row is reported at its line and skipped, the good rows are kept.</summary>
public sealed class ClassificationTableParseTests
{
    private const string File = "province.tsv";

    [Fact]
    public void Malformed_rows_and_a_duplicate_are_reported_at_their_lines()
    {
        var text = string.Join('\n',
            "code\tname\tmeaning",          // 1
            "2010301\t行政运行\t反映基本支出。", // 2
            "2010302\t一般行政管理事务",        // 3 wrong column count
            "20103x1\t名称\t",               // 4 not digits
            "201030\t名称\t",                // 5 wrong length
            "",                             // 6 blank: skipped
            "2010303\t \t",                 // 7 empty name
            "2010301\t重复\t",               // 8 duplicate of line 2
            "2010350\t事业运行\t");           // 9
        var diagnostics = new List<Diagnostic>();

        var table = Parse(text, diagnostics);

        Assert.Equal(
            new[] { ("FC0401", 3), ("FC0401", 4), ("FC0401", 5), ("FC0401", 7), ("FC0402", 8) },
            diagnostics.Select(d => (d.Code, d.Span.Line)));
        Assert.All(diagnostics, d =>
        {
            Assert.Equal(new SourceSpan(File, d.Span.Line, 1), d.Span);
            Assert.Equal(Severity.Error, d.Severity);
        });
        Assert.Contains("第 2 行", diagnostics[^1].Message);
        Assert.Equal(new[] { "2010301", "2010350" }, table.Entries.Select(e => e.Code));
        Assert.Equal("行政运行", table.Find("2010301")?.Name);
        Assert.Equal("反映基本支出。", table.Find("2010301")?.Meaning);
        Assert.Null(table.Find("2010350")?.Meaning);
    }

    [Fact]
    public void A_file_without_header_takes_two_or_three_columns_and_crlf_line_ends()
    {
        var diagnostics = new List<Diagnostic>();

        var table = Parse("\uFEFF2010301\t行政运行\r\n2010302\t一般行政管理事务\t反映…。\r\n2010303\r\n", diagnostics);

        var single = Assert.Single(diagnostics);
        Assert.Equal(("FC0401", 3), (single.Code, single.Span.Line));
        Assert.Equal(2, table.Count);
        Assert.Equal("行政运行", table.Find("2010301")?.Name);
    }

    [Fact]
    public void Economic_tables_reject_item_length_codes()
    {
        var diagnostics = new List<Diagnostic>();

        var table = ClassificationTable.Parse(
            new StringReader("code\tname\n30201\t办公费\n3020101\t细目\n"), File, ClassificationTable.EconomicKind, 2023,
            diagnostics);

        var single = Assert.Single(diagnostics);
        Assert.Equal(("FC0401", 3), (single.Code, single.Span.Line));
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void An_unknown_kind_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() =>
            ClassificationTable.Parse(new StringReader(""), File, "budget", 2023, []));
    }

    [Fact]
    public void Extension_overrides_and_adds_rows_and_leaves_the_base_unchanged()
    {
        var baseTable = Parse("code\tname\tmeaning\n201\t一般公共服务支出\t\n2010301\t行政运行\t标准说明\n", []);
        var extra = Parse("code\tname\tmeaning\n2010301\t行政运行（省）\t省说明\n2010399\t其他支出\t\n", []);

        var extended = baseTable.ExtendedWith(extra);

        Assert.Equal(new[] { "201", "2010301", "2010399" }, extended.Entries.Select(e => e.Code));
        Assert.Equal(new ClassificationEntry("2010301", "行政运行（省）", "省说明"), extended.Find("2010301"));
        Assert.Equal("行政运行", baseTable.Find("2010301")?.Name);
        Assert.Null(baseTable.Find("2010399"));
        Assert.Equal(2, baseTable.Count);
    }

    [Fact]
    public void The_shipped_table_can_be_extended_with_a_province_code()
    {
        var extra = Parse("code\tname\tmeaning\n2013850\t市场监管事业运行\t\n2019998\t省级专项\t反映省级专项支出。\n", []);

        var extended = ClassificationTable.Functional.ExtendedWith(extra);

        Assert.Equal(ClassificationTable.Functional.Count + 1, extended.Count);
        Assert.Equal("市场监管事业运行", extended.Find("2013850")?.Name);
        Assert.Equal("事业运行", ClassificationTable.Functional.Find("2013850")?.Name);
        Assert.Equal("省级专项", extended.Find("2019998")?.Name);
    }

    [Fact]
    public void Tables_of_different_kinds_do_not_mix()
    {
        var economic = ClassificationTable.Parse(
            new StringReader("301\t工资福利支出\n"), File, ClassificationTable.EconomicKind, 2023, []);

        Assert.Throws<ArgumentException>(() => ClassificationTable.Functional.ExtendedWith(economic));
    }

    private static ClassificationTable Parse(string text, List<Diagnostic> diagnostics) =>
        ClassificationTable.Parse(new StringReader(text), File, ClassificationTable.FunctionalKind, 2023, diagnostics);
}
