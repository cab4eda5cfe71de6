using System.Text;
using Fincomp.Reference;
using Xunit;

namespace Fincomp.Tests.Reference;

/// <summary>The shipped 2023 tables: the seed's codes resolve to the official names and the data is well formed.</summary>
public sealed class ShippedClassificationTests
{
    public static TheoryData<string, string> SeedCodes => new()
    {
        { "201", "一般公共服务支出" },
        { "208", "社会保障和就业支出" },
        { "210", "卫生健康支出" },
        { "212", "城乡社区支出" },
        { "213", "农林水支出" },
        { "215", "资源勘探工业信息等支出" },
        { "224", "灾害防治及应急管理支出" },
        { "20103", "政府办公厅（室）及相关机构事务" },
        { "2010301", "行政运行" },
        { "2010350", "事业运行" },
        { "20104", "发展与改革事务" },
        { "2010401", "行政运行" },
        { "2010450", "事业运行" },
        { "20106", "财政事务" },
        { "2010601", "行政运行" },
        { "2010650", "事业运行" },
        { "20108", "审计事务" },
        { "2010850", "事业运行" },
        { "20123", "民族事务" },
        { "2012399", "其他民族事务支出" },
        { "20129", "群众团体事务" },
        { "2012902", "一般行政管理事务" },
        { "2012906", "工会事务" },
        { "20132", "组织事务" },
        { "2013201", "行政运行" },
        { "2013202", "一般行政管理事务" },
        { "2013250", "事业运行" },
        { "2013299", "其他组织事务支出" },
        { "20133", "宣传事务" },
        { "2013302", "一般行政管理事务" },
        { "2013399", "其他宣传事务支出" },
        { "20134", "统战事务" },
        { "2013402", "一般行政管理事务" },
        { "20138", "市场监督管理事务" },
        { "2013801", "行政运行" },
        { "2013850", "事业运行" },
        { "20802", "民政管理事务" },
        { "2080201", "行政运行" },
        { "2080299", "其他民政管理事务支出" },
        { "20828", "退役军人管理事务" },
        { "2082801", "行政运行" },
        { "2082850", "事业运行" },
        { "21007", "计划生育事务" },
        { "2100799", "其他计划生育事务支出" },
        { "21201", "城乡社区管理事务" },
        { "2120101", "行政运行" },
        { "2120199", "其他城乡社区管理事务支出" },
        { "21299", "其他城乡社区支出" },
        { "2129999", "其他城乡社区支出" },
        { "21301", "农业农村" },
        { "2130101", "行政运行" },
        { "2130104", "事业运行" },
        { "21508", "支持中小企业发展和管理支出" },
        { "2150801", "行政运行" },
        { "2150899", "其他支持中小企业发展和管理支出" },
        { "22401", "应急管理事务" },
        { "2240101", "行政运行" },
        { "2240150", "事业运行" },
    };

    [Theory]
    [MemberData(nameof(SeedCodes))]
    public void Every_code_the_seed_uses_has_its_official_name(string code, string name)
    {
        var entry = ClassificationTable.Functional.Find(code);

        Assert.NotNull(entry);
        Assert.Equal(name, entry.Name);
    }

    [Fact]
    public void Section_22401_is_named_without_the_seed_typo()
    {
        var name = ClassificationTable.Functional.Find("22401")?.Name;

        Assert.Equal("应急管理事务", name);
        Assert.NotEqual("支应急管理事务", name);
    }

    [Theory]
    [InlineData("2010301", "反映行政单位（包括实行公务员管理的事业单位）的基本支出。")]
    [InlineData("2013299", "反映除上述项目以外其他用于组织事务方面的支出。")]
    [InlineData("2210201", "反映行政事业单位按人力资源和社会保障部、财政部规定的基本工资和津贴补贴以及规定比例为职工缴纳的住房公积金。")]
    public void Items_carry_their_standard_meaning(string code, string meaning) =>
        Assert.Equal(meaning, ClassificationTable.Functional.Find(code)?.Meaning);

    [Fact]
    public void Every_item_of_the_functional_table_has_a_meaning()
    {
        var missing = ClassificationTable.Functional.Entries
            .Where(e => e.Code.Length == 7 && string.IsNullOrEmpty(e.Meaning))
            .Select(e => e.Code)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_class_listed_in_the_domain_notes_is_present()
    {
        string[] classes =
        [
            "201", "202", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214", "215", "216",
            "217", "219", "220", "221", "222", "223", "224", "229", "231", "232", "234",
        ];

        var missing = classes.Where(c => ClassificationTable.Functional.Find(c) is null).ToList();

        Assert.Empty(missing);
    }

    public static TheoryData<int> ShippedYears => [.. ClassificationCatalog.Years];

    [Theory]
    [MemberData(nameof(ShippedYears))]
    public void Every_functional_section_and_item_has_its_parents(int year) =>
        Assert.Empty(MissingParents(ClassificationCatalog.Table(ClassificationTable.FunctionalKind, year)));

    [Theory]
    [MemberData(nameof(ShippedYears))]
    public void Every_economic_section_has_its_class(int year) =>
        Assert.Empty(MissingParents(ClassificationCatalog.Table(ClassificationTable.EconomicKind, year)));

    [Theory]
    [InlineData(ClassificationTable.FunctionalKind, new[] { 3, 5, 7 })]
    [InlineData(ClassificationTable.EconomicKind, new[] { 3, 5 })]
    public void Shipped_files_have_a_header_unique_codes_of_valid_length_and_full_width_brackets(string kind, int[] lengths)
    {
        var lines = ReadResource(kind).Split('\n');
        var header = lines[0];
        var rows = lines[1..^1];

        Assert.Equal(kind == ClassificationTable.FunctionalKind ? "code\tname\tmeaning" : "code\tname", header);
        Assert.Equal("", lines[^1]);
        Assert.DoesNotContain(rows, r => r.Contains('\r') || r.Length == 0);
        var columns = header.Split('\t').Length;
        Assert.All(rows, r => Assert.Equal(columns, r.Split('\t').Length));
        var codes = rows.Select(r => r.Split('\t')[0]).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.True(c.All(char.IsAsciiDigit) && lengths.Contains(c.Length), c));
        Assert.DoesNotContain(rows, r => r.Contains('(') || r.Contains(')'));
    }

    [Fact]
    public void Functional_table_is_large_enough_to_cover_common_units()
    {
        var table = ClassificationTable.Functional;

        Assert.True(table.Count >= 300, $"only {table.Count} rows");
        Assert.Equal(table.Count, table.Entries.Count());
        Assert.Equal(ClassificationTable.FunctionalKind, table.Kind);
        Assert.Equal(2023, table.Year);
    }

    [Theory]
    [InlineData("30239", "其他交通费用")]
    [InlineData("30399", "其他对个人和家庭的补助")]
    [InlineData("30213", "维修（护）费")]
    [InlineData("30212", "因公出国（境）费用")]
    [InlineData("31007", "信息网络及软件购置更新")]
    [InlineData("301", "工资福利支出")]
    [InlineData("399", "其他支出")]
    public void Economic_codes_have_their_official_names(string code, string name) =>
        Assert.Equal(name, ClassificationTable.Economic.Find(code)?.Name);

    [Fact]
    public void Economic_sections_listed_in_the_domain_notes_are_present()
    {
        string[] sections =
        [
            "30101", "30102", "30103", "30106", "30107", "30108", "30109", "30110", "30111", "30112", "30113", "30114",
            "30199", "30201", "30202", "30203", "30204", "30205", "30206", "30207", "30208", "30209", "30211", "30212",
            "30213", "30214", "30215", "30216", "30217", "30218", "30224", "30225", "30226", "30227", "30228", "30229",
            "30231", "30239", "30240", "30299", "30301", "30302", "30303", "30304", "30305", "30306", "30307", "30308",
            "30309", "30310", "30311", "30399", "31001", "31002", "31003", "31007", "31013", "31019", "31021", "31022",
            "31099",
        ];

        var missing = sections.Where(c => ClassificationTable.Economic.Find(c) is null).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Entries_are_in_ordinal_code_order()
    {
        var codes = ClassificationTable.Functional.Entries.Select(e => e.Code).ToList();

        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    private static List<string> MissingParents(ClassificationTable table)
    {
        var missing = new List<string>();
        foreach (var entry in table.Entries)
        {
            for (var length = 3; length < entry.Code.Length; length += 2)
            {
                if (table.Find(entry.Code[..length]) is null)
                {
                    missing.Add($"{entry.Code} lacks {entry.Code[..length]}");
                }
            }
        }

        return missing;
    }

    private static string ReadResource(string kind)
    {
        var assembly = typeof(ClassificationTable).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Fincomp.Reference.Data.{kind}-2023.tsv");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        return reader.ReadToEnd();
    }
}
