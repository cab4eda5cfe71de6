using Fincomp.Compilation;
using Fincomp.Document;
using Fincomp.Input;
using Fincomp.Model;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Build;

/// <summary>
/// The two built-in packs on one unit: the Shanghai sample against its golden projection, the same figures through
/// either pack, parts numbered without gaps, the 部门决算 title and the pack's percentage style.
/// </summary>
public sealed class TemplatePackTests
{
    private static readonly Lazy<UnitYear> ShanghaiUnit = new(() =>
    {
        var result = new UnitLoader().Load(TestPaths.Sample("shanghai-2024.yaml"));
        Assert.NotNull(result.Unit);
        return result.Unit!;
    });

    private static readonly Lazy<string> Shanghai = new(() => Project(ShanghaiUnit.Value));

    private static readonly Lazy<string> SameUnitSichuan = new(() => Project(WithPack(ShanghaiUnit.Value, TemplatePack.Sichuan)));

    [Fact]
    public void Shanghai_projection_matches_golden_file() =>
        GoldenFile.AssertMatches(Path.Combine(TestPaths.TestProject, "Build", "Golden", "shanghai-2024.txt"), Shanghai.Value);

    [Fact]
    public void Shanghai_parts_follow_its_template_numbered_one_to_four()
    {
        var parts = Headings(Shanghai.Value, "# ");
        Assert.Equal(
        [
            "# 第一部分 上海市示例城市管理行政执法局概况",
            "# 第二部分 上海市示例城市管理行政执法局2024年度部门决算表",
            "# 第三部分 上海市示例城市管理行政执法局2024年度部门决算情况说明",
            "# 第四部分 名词解释",
        ], parts);
        Assert.Equal(11, Headings(Shanghai.Value, "## ").Count(h => h.Contains("情况说明", StringComparison.Ordinal) || h.Contains("预算绩效管理情况", StringComparison.Ordinal)));
    }

    [Fact]
    public void Switching_pack_keeps_every_table_and_figure()
    {
        var tables = Tables(Shanghai.Value);
        Assert.Equal(9, tables.Count(l => l.StartsWith("[表] ", StringComparison.Ordinal)));
        Assert.Contains("2120104\t城管执法\t596.80\t0.00\t596.80", tables);
        // The layouts differ (合计 first, the horizontal "三公" table, the balances by kind); the figures do not.
        Assert.Equal(Amounts(tables), Amounts(Tables(SameUnitSichuan.Value)));
        Assert.Contains("收入支出总计1268.4万元", Shanghai.Value, StringComparison.Ordinal);
        Assert.Contains("收、支总计均为1268.4万元", SameUnitSichuan.Value, StringComparison.Ordinal);
        // Each pack's own basis: Shanghai compares with the 年初预算 the unit gives, Sichuan with the 全年预算.
        Assert.Contains("年初预算为1217.25万元，支出决算为1268.4万元，完成年初预算的104.20%", Shanghai.Value, StringComparison.Ordinal);
        Assert.Contains("完成预算98.77%", SameUnitSichuan.Value, StringComparison.Ordinal);
        Assert.Contains("收入支出总计增加77.8万元，增长6.53%", Shanghai.Value, StringComparison.Ordinal);
        Assert.Contains("收、支总计各增加77.8万元，增长6.53%", SameUnitSichuan.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Percentages_follow_the_pack_unless_the_unit_says_otherwise()
    {
        Assert.Contains("基本支出486.2万元，占38.33%；项目支出782.2万元，占61.67%", Shanghai.Value, StringComparison.Ordinal);
        Assert.Contains("财政拨款收入1268.4万元，占100.00%", Shanghai.Value, StringComparison.Ordinal);
        Assert.Contains("一般公共预算财政拨款收入1268.4万元，占100%", SameUnitSichuan.Value, StringComparison.Ordinal);

        var trimmed = Project(ShanghaiUnit.Value with { Settings = ShanghaiUnit.Value.Settings with { Percentages = PercentStyle.Trimmed } });
        Assert.Contains("财政拨款收入1268.4万元，占100%", trimmed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_department_is_titled_bumen_juesuan_in_either_pack_and_a_unit_danwei_juesuan()
    {
        Assert.Contains("# 第二部分 2024年度部门决算情况说明", SameUnitSichuan.Value, StringComparison.Ordinal);

        var single = ShanghaiUnit.Value with { Unit = ShanghaiUnit.Value.Unit with { Scope = ReportScope.Unit } };
        var shanghaiSingle = Project(single);
        Assert.Contains("= 上海市示例城市管理行政执法局 2024年度单位决算", shanghaiSingle, StringComparison.Ordinal);
        Assert.Contains("# 第三部分 上海市示例城市管理行政执法局2024年度单位决算情况说明", shanghaiSingle, StringComparison.Ordinal);
        Assert.Contains("## 二、机构设置", shanghaiSingle, StringComparison.Ordinal);
        Assert.Contains("# 第二部分 2024年度单位决算情况说明", Project(WithPack(single, TemplatePack.Sichuan)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_department_of_one_budget_unit_describes_its_organisation_not_a_composition_of_subordinate_units()
    {
        var unit = ShanghaiUnit.Value;
        var organization = unit.Profile.Organization;
        var alone = unit with
        {
            Profile = unit.Profile with { Organization = organization with { BudgetUnits = [organization.BudgetUnits[0]] } },
        };

        var text = Project(alone);

        // The template: "仅有一个单位的部门，本部分内容为'机构设置'"; 下属行政事业单位决算 would name units that do not exist.
        Assert.Contains("## 二、机构设置", text, StringComparison.Ordinal);
        Assert.DoesNotContain("下属行政事业单位决算", text, StringComparison.Ordinal);
        Assert.Contains("下属行政事业单位决算", Shanghai.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Sichuan_parts_number_without_a_gap_when_there_are_no_attachments()
    {
        var parts = Headings(SameUnitSichuan.Value, "# ");
        Assert.Equal(["# 第一部分 单位概况", "# 第二部分 2024年度部门决算情况说明", "# 第三部分 名词解释", "# 第四部分 附表"], parts);
    }

    [Fact]
    public void An_override_folder_replaces_a_template_of_the_chosen_pack_by_name()
    {
        using var folder = new TemporaryFolder("fincomp-pack-override-");
        File.WriteAllText(Path.Combine(folder.Path, "03-00-part.scriban"), "::: pagebreak\n# {{ next_part }} {{ unit.short_name }}决算说明（本局格式）\n");

        var result = ReportCompiler.Compile(ShanghaiUnit.Value, new CompileOptions { TemplateDirectory = folder.Path });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var projection = TextProjection.Project(result.Document!);
        Assert.Contains("# 第三部分 示例执法局决算说明（本局格式）", projection, StringComparison.Ordinal);
        Assert.Contains("# 第四部分 名词解释", projection, StringComparison.Ordinal);
        Assert.Contains("二、事业收入：", projection, StringComparison.Ordinal);
    }

    private static UnitYear WithPack(UnitYear unit, TemplatePack pack) => unit with { Settings = unit.Settings with { TemplatePack = pack } };

    private static string Project(UnitYear unit)
    {
        var result = ReportCompiler.Compile(unit, new CompileOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return TextProjection.Project(result.Document!);
    }

    private static SortedSet<string> Amounts(IEnumerable<string> lines) =>
        new(lines.SelectMany(l => l.Split('\t')).Where(c => c.Length > 0 && char.IsAsciiDigit(c[0]) && c.Contains('.', StringComparison.Ordinal)), StringComparer.Ordinal);

    [Fact]
    public void Shanghai_tables_follow_its_template_layout()
    {
        var tables = Tables(Shanghai.Value);
        Assert.Contains("[表] 财政拨款“三公”经费支出决算表", tables);
        Assert.Contains("55.50\t52.25\t8.00\t6.80\t45.00\t43.60\t25.00\t25.00\t20.00\t18.60\t2.50\t1.85", tables);
        Assert.Contains("一、一般公共预算财政拨款\t0.00\t一、一般公共预算财政拨款\t0.00\t0.00\t\t", tables);
        var income = tables.IndexOf("[表] 收入决算表");
        Assert.StartsWith("合计\t1,268.40", tables[income + 3], StringComparison.Ordinal);
        Assert.Contains("1\t上海市示例城市管理行政执法局（本级）\t行政单位", Shanghai.Value, StringComparison.Ordinal);

        var sichuan = Tables(SameUnitSichuan.Value);
        Assert.Contains("[表] 一般公共预算财政拨款“三公”经费支出决算表", sichuan);
        Assert.StartsWith("合计\t1,268.40", sichuan[sichuan.IndexOf("[表] 收入决算表") + 14], StringComparison.Ordinal);
    }

    private static List<string> Headings(string projection, string marks) =>
        [.. projection.Split('\n').Where(l => l.StartsWith(marks, StringComparison.Ordinal))];

    /// <summary>The lines of every table: from its "[表]" line up to the next note, heading or other block.</summary>
    private static List<string> Tables(string projection)
    {
        var lines = new List<string>();
        var inTable = false;
        foreach (var line in projection.Split('\n'))
        {
            inTable = line.StartsWith("[表] ", StringComparison.Ordinal)
                || (inTable && line.Length > 0 && !line.StartsWith("注：", StringComparison.Ordinal) && !line.StartsWith('#') && !line.StartsWith('[') && !line.StartsWith("----", StringComparison.Ordinal));
            if (inTable)
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
