using Fincomp.Model;

namespace Fincomp.Authoring;

/// <summary>
/// Writes the text of a new unit file: every section with its keys, a Chinese comment on each, zeros where figures go
/// and empty lists where items go, so that a clerk fills in blanks instead of looking keys up. Started from last year's
/// unit it carries what stays from year to year (identity, profile, the classification codes and their purposes) and
/// clears this year's figures. The text always loads without input errors, except the unit's kind in a file made by
/// import, which the workbook does not give; other placeholders (待填写) are left for <c>fincomp check</c> to point at
/// until they are replaced.
/// </summary>
public static class StarterFile
{
    /// <summary>The placeholder for a required text the clerk must supply; FC1901 reports it until replaced.</summary>
    public const string Placeholder = "待填写";

    public static string Write(StarterOptions options)
    {
        var yaml = new YamlLines();
        Header(yaml, options);
        Identity(yaml, options);
        var imported = options.ImportedFrom is not null;
        Profile(yaml, options.LastYear?.Profile, imported);
        StarterFigures.Write(yaml, options.LastYear, imported);
        Previous(yaml, options);
        StarterPerformance.Write(yaml);
        return yaml.ToString();
    }

    private static void Header(YamlLines yaml, StarterOptions options)
    {
        if (options.SchemaPath is { } schema)
        {
            yaml.Comment(0, "yaml-language-server: $schema=" + schema.Replace('\\', '/'));
            yaml.Comment(0, "");
        }

        var what = options.LastYear is { } last ? $"{last.Unit.Name} " : "";
        var maker = options.ImportedFrom is { } workbook ? $"由 fincomp import 从 {workbook} 生成" : "由 fincomp init 生成";
        yaml.Comment(0, $"{what}{options.Year}年度部门决算公开：单位文件（{maker}）。");
        if (options.ImportedFrom is not null)
        {
            yaml.Comment(0, "公开表中的数字已导入；表中没有的人数、车辆、接待、采购、资产、绩效个数等以注释列出，没有填 0：");
            yaml.Comment(0, "不写即未给出（不是 0），报告不写相应的句子；知道时去掉行首的 # 填写，确为 0 时写 0。");
        }

        yaml.Comment(0, "金额以万元为单位，写普通数字（如 837.44）；表中的分项不写按 0 列出，其余数字不写即未给出，报告不写相应的句子（为 0 时请写 0）。");
        yaml.Comment(0, "合计、占比、增减额与增减率、完成预算百分比都由 fincomp 计算，不要填写。");
        yaml.Comment(0, "“待填写”处必须改成实际内容；填好后运行 fincomp check 本文件 核对。键名与说明见 docs/format.md。");
        yaml.Blank();
    }

    private static void Identity(YamlLines yaml, StarterOptions options)
    {
        var unit = options.LastYear?.Unit;
        yaml.Open(0, "unit", "单位与年度");
        yaml.Value(1, "name", YamlScalars.Text(unit?.Name ?? Placeholder), "单位全称");
        yaml.Value(1, "short_name", YamlScalars.Text(unit?.ShortName ?? Placeholder), "正文中使用的简称");
        yaml.List(1, "other_names", unit?.OtherNames ?? [], "正文中出现的其他简称");
        yaml.Value(1, "year", YamlScalars.Count(options.Year), "决算年度");
        if (unit is null && options.ImportedFrom is not null)
        {
            // The 公开表 name neither the unit's kind nor its level. A guessed kind would be taken as fact (行政单位
            // switches on the 机关运行经费 sentences and rules), so the clerk must write it: until then the file does not
            // load (FC0107 at unit.kind). The level is printed nowhere and stays a commented key.
            yaml.Value(1, "kind", YamlScalars.Text(Placeholder), "行政单位、事业单位 或 参照公务员法管理");
            yaml.Comment(1, "budget_level: 预算级次（可选），如 一级预算单位");
        }
        else
        {
            yaml.Value(1, "kind", YamlScalars.Option(unit?.Kind ?? UnitKind.Administrative), "行政单位、事业单位 或 参照公务员法管理");
            yaml.Value(1, "budget_level", YamlScalars.Text(unit?.BudgetLevel ?? "一级预算单位"), "预算级次");
        }
        if (unit?.Parent is { } parent)
        {
            yaml.Value(1, "parent", YamlScalars.Text(parent), "上级单位或所属机关");
        }
        else
        {
            yaml.Comment(1, "parent: 上级单位或所属机关（可选）");
        }

        yaml.Blank();
    }

    private static void Profile(YamlLines yaml, Profile? profile, bool imported)
    {
        yaml.Comment(0, "第一部分 单位概况：主要职责每条一项（不写编号）；内设机构个数由列表计算。");
        yaml.Open(0, "profile");
        yaml.List(1, "duties", profile?.Duties ?? [], "主要职责，如 - 负责……；");
        yaml.Open(1, "organization", "机构设置");
        if (profile?.Organization.Intro is { } intro)
        {
            yaml.Value(2, "intro", YamlScalars.Text(intro), "机构设置的引言");
        }

        yaml.Value(2, "noun", YamlScalars.Text(profile?.Organization.Noun ?? "科室"), "内设机构的称谓：部门、科室、办公室");
        yaml.List(2, "internal_units", profile?.Organization.InternalUnits ?? [], "内设机构名称，每个一项");
        var staff = profile?.Staff;
        string Count(int? count) => imported ? "" : YamlScalars.Count(count ?? 0);
        yaml.Unknown(1, imported, block =>
        {
            block.Open(0, "staff", "人员情况（截至年底）");
            block.Value(1, "total", Count(staff?.Total), "干部职工总人数");
            block.Value(1, "establishment", Count(staff?.Establishment), "编制人数");
            block.Value(1, "borrowed", Count(staff?.Borrowed), "借用人员人数");
            block.Value(1, "new_hires", Count(staff?.NewHires), "新招录（聘）人数");
        });
        yaml.Blank();
    }

    private static void Previous(YamlLines yaml, StarterOptions options)
    {
        yaml.Comment(0, "上年数：用 previous_year 指向上年的单位文件（相对本文件），或在 previous 中直接写上年数，二者只写一个。");
        if (options.PreviousYearPath is { } path)
        {
            yaml.Value(0, "previous_year", YamlScalars.Text(path.Replace('\\', '/')));
        }
        else
        {
            yaml.Comment(0, """
                previous_year: 上年文件.yaml
                previous:
                  income_grand_total: 0                 # 上年收入总计
                  expenditure_grand_total: 0            # 上年支出总计
                  fiscal_income_grand_total: 0          # 上年财政拨款收入总计
                  fiscal_expenditure_grand_total: 0     # 上年财政拨款支出总计
                  general_budget_expenditure: 0         # 上年一般公共预算财政拨款支出
                  three_public:                         # 上年“三公”经费决算数
                    overseas: 0
                    vehicle_purchase: 0
                    vehicle_operation: 0
                    domestic_reception: 0
                    foreign_reception: 0
                  operating_costs: 0                    # 上年机关运行经费
                """.TrimEnd());
        }

        yaml.Blank();
    }
}
