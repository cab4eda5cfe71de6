using Fincomp.Model;

namespace Fincomp.Authoring;

/// <summary>
/// The figure sections of a starter file, statement to 预算绩效管理: every amount 0, so the file loads and the clerk
/// overwrites numbers in place. From last year only the classification lines and economic items are carried, with
/// their codes, names as written, fund and purposes, never their amounts.
/// </summary>
internal static class StarterFigures
{
    private const string Zero = "0";

    /// <param name="yaml">The file being written.</param>
    /// <param name="last">Last year's unit, whose codes are carried over.</param>
    /// <param name="imported">
    /// Whether the figures come from the 公开表 (<c>fincomp import</c>): the counts and amounts no table holds are then
    /// written as commented keys without a value, never as 0, because an unknown number is not zero.
    /// </param>
    public static void Write(YamlLines yaml, UnitYear? last, bool imported = false)
    {
        Statement(yaml);
        Appropriations(yaml);
        Functional(yaml, last?.Functional.Lines ?? []);
        Basic(yaml, last?.BasicExpenditure.Items ?? []);
        ThreePublic(yaml, imported);
        Others(yaml, imported);
    }

    private static void Statement(YamlLines yaml)
    {
        yaml.Comment(0, "收入支出决算总表：8 项收入来源与 5 类支出全部写出（没有的写 0）。");
        yaml.Open(0, "statement");
        yaml.Open(1, "income", "本年收入，按来源");
        Zeros(yaml, 2, ("general_budget", "一般公共预算财政拨款收入"), ("government_fund", "政府性基金预算财政拨款收入"),
            ("state_capital", "国有资本经营预算财政拨款收入"), ("superior_subsidy", "上级补助收入"), ("business", "事业收入"),
            ("operating", "经营收入"), ("affiliate_remittance", "附属单位上缴收入"), ("other", "其他收入"));
        Zeros(yaml, 1, ("use_of_non_fiscal_balance", "使用非财政拨款结余（含专用结余）"), ("opening_balance", "年初结转和结余"));
        yaml.Open(1, "expenditure", "本年支出，按支出类型");
        Zeros(yaml, 2, ("basic", "基本支出"), ("project", "项目支出"), ("remittance_to_superior", "上缴上级支出"),
            ("operating", "经营支出"), ("subsidy_to_affiliates", "对附属单位补助支出"));
        Zeros(yaml, 1, ("balance_distribution", "结余分配"), ("closing_balance", "年末结转和结余"));
        yaml.Comment(1, "change_reason: 收、支总计较上年变动的主要原因（变动较大时必填）");
        yaml.Blank();
    }

    private static void Appropriations(YamlLines yaml)
    {
        yaml.Comment(0, "财政拨款结转和结余，按资金性质（是总表结转和结余中财政拨款的部分）。");
        yaml.Open(0, "appropriations");
        foreach (var (key, label) in new[] { ("opening_balance", "年初财政拨款结转和结余"), ("closing_balance", "年末财政拨款结转和结余") })
        {
            yaml.Open(1, key, label);
            Zeros(yaml, 2, ("general_budget", "一般公共预算财政拨款"), ("government_fund", "政府性基金预算财政拨款"), ("state_capital", "国有资本经营预算财政拨款"));
        }

        yaml.Comment(1, "change_reason: 财政拨款收、支总计较上年变动的主要原因");
        yaml.Blank();
    }

    private static void Functional(YamlLines yaml, IReadOnlyList<FunctionalLine> lines)
    {
        yaml.Comment(0, """
            功能分类支出：每个项级科目一项。code 写 7 位编码并加引号；名称可不写，按编码表取。
            fund：一般公共预算（缺省）、政府性基金、国有资本经营、其他资金。一个项由几种资金共同负担（如财政拨款和事业收入）时，
            每种资金各写一行（同一 code，不同 fund）：支出决算表印一行合计，财政拨款各表只印财政拨款部分。
            budget 与 actual 不一致时，reason 必须写明原因；purpose 写入名词解释，如 主要用于……。
            例：
              - code: "2010301"
                budget: 0        # 全年预算数
                actual: 0        # 决算数
                basic: 0         # 其中基本支出
                project: 0       # 其中项目支出
                purpose: 主要用于……
            """.TrimEnd());
        yaml.Open(0, "functional");
        if (lines.Count == 0)
        {
            yaml.Value(1, "lines", "[]", "项级科目明细");
        }
        else
        {
            yaml.Open(1, "lines", "项级科目明细（沿用上年科目，金额已清零）");
            foreach (var line in lines)
            {
                Line(yaml, line);
            }
        }

        yaml.Comment(1, "change_reason: 一般公共预算财政拨款支出较上年变动的主要原因");
        yaml.Blank();
    }

    private static void Line(YamlLines yaml, FunctionalLine line)
    {
        yaml.ItemValue(2, "code", YamlScalars.Code(line.Code));
        Optional(yaml, 3, "class_name", line.ClassName);
        Optional(yaml, 3, "section_name", line.SectionName);
        Optional(yaml, 3, "name", line.Name);
        if (line.Fund != Fund.GeneralBudget)
        {
            yaml.Value(3, "fund", YamlScalars.Option(line.Fund));
        }

        Zeros(yaml, 3, ("initial_budget", "年初预算数"), ("budget", "全年预算数"), ("actual", "决算数"), ("basic", "其中基本支出"), ("project", "其中项目支出"));
        Optional(yaml, 3, "meaning", line.Meaning);
        Optional(yaml, 3, "purpose", line.Purpose);
    }

    private static void Basic(YamlLines yaml, IReadOnlyList<EconomicItem> items)
    {
        yaml.Comment(0, "一般公共预算财政拨款基本支出：人员经费 = 301 + 303 各款，公用经费 = 302 + 310 各款。");
        yaml.Open(0, "basic_expenditure");
        Zeros(yaml, 1, ("personnel", "人员经费"), ("public", "公用经费"));
        if (items.Count == 0)
        {
            yaml.Value(1, "items", "[]", "经济分类款级明细：- code: \"30101\" amount: 0");
            yaml.Blank();
            return;
        }

        yaml.Open(1, "items", "经济分类款级明细（沿用上年科目，金额已清零）");
        foreach (var item in items)
        {
            yaml.ItemValue(2, "code", YamlScalars.Code(item.Code));
            Optional(yaml, 3, "name", item.Name);
            yaml.Value(3, "amount", Zero);
        }

        yaml.Blank();
    }

    private static void ThreePublic(YamlLines yaml, bool imported)
    {
        var zero = imported ? "" : Zero;
        yaml.Comment(0, "“三公”经费（一般公共预算财政拨款）：预算数与决算数；次数、人次、车辆数与金额要对应。");
        yaml.Open(0, "three_public");
        foreach (var (key, label) in new[] { ("budget", "全年预算数"), ("actual", "决算数") })
        {
            yaml.Open(1, key, label);
            Zeros(yaml, 2, ("overseas", "因公出国（境）费"), ("vehicle_purchase", "公务用车购置费"), ("vehicle_operation", "公务用车运行维护费"),
                ("domestic_reception", "国内公务接待费"), ("foreign_reception", "外事接待费"));
        }

        yaml.Comment(1, "reason: 决算数与预算数差异的主要原因");
        yaml.Comment(1, "change_reason: 较上年变动的主要原因");
        yaml.Unknown(1, imported, block =>
        {
            block.Open(0, "overseas", "因公出国（境）");
            block.Value(1, "groups", zero, "团组数").Value(1, "people", zero, "人次");
            block.Open(0, "vehicles", "公务用车");
            block.Open(1, "purchased", "本年购置，按车型");
            foreach (var (key, label) in new[] { ("sedan", "轿车"), ("off_road", "越野车"), ("passenger", "载客汽车") })
            {
                block.Open(2, key, label);
                block.Value(3, "count", zero, "辆数").Value(3, "amount", zero, "金额");
            }

            block.Open(1, "fleet", "12 月 31 日保有量");
            block.Value(2, "sedan", zero, "轿车").Value(2, "off_road", zero, "越野车").Value(2, "passenger", zero, "载客汽车");
            block.Open(0, "receptions", "公务接待");
            block.Value(1, "domestic_batches", zero, "国内接待批次").Value(1, "domestic_people", zero, "国内接待人次（不含陪同人员）");
            block.Value(1, "foreign_batches", zero, "外事接待批次").Value(1, "foreign_people", zero, "外事接待人次");
        });
        yaml.Blank();
    }

    private static void Others(YamlLines yaml, bool imported)
    {
        var zero = imported ? "" : Zero;
        yaml.Comment(0, "机关运行经费：行政单位和参公单位填写（通常等于公用经费）；事业单位删去本节。");
        yaml.Unknown(0, imported, block =>
        {
            block.Open(0, "operating_costs");
            block.Value(1, "amount", zero, "机关运行经费");
        });
        yaml.Comment(imported ? 0 : 1, imported ? "  reason: 较上年变动的主要原因" : "reason: 较上年变动的主要原因");
        yaml.Blank();
        yaml.Unknown(0, imported, block =>
        {
            block.Open(0, "procurement", "政府采购");
            Zeros(block, 1, zero, ("goods", "货物"), ("works", "工程"), ("services", "服务"), ("small_and_medium", "授予中小企业合同金额"), ("small_and_micro", "其中授予小微企业合同金额"));
        });
        yaml.Blank();
        yaml.Unknown(0, imported, block =>
        {
            block.Open(0, "assets", "国有资产占有使用情况");
            block.Open(1, "vehicles", "车辆，按用途");
            block.Value(2, "ministerial", zero, "部级领导干部用车").Value(2, "leaders", zero, "主要领导干部用车").Value(2, "confidential", zero, "机要通信用车").Value(2, "emergency", zero, "应急保障用车");
            block.Value(2, "law_enforcement", zero, "执法执勤用车").Value(2, "special_purpose", zero, "特种专业技术用车").Value(2, "retired", zero, "离退休干部用车");
            block.Value(2, "other", zero, "其他用车");
            block.Value(1, "general_equipment_over50", zero, "单价 50 万元以上通用设备台（套）数");
            block.Value(1, "special_equipment_over100", zero, "单价 100 万元以上专用设备台（套）数");
        });
        yaml.Blank();
        yaml.Unknown(0, imported, block =>
        {
            block.Open(0, "performance_management", "预算绩效管理情况");
            block.Value(1, "prior_assessed", zero, "开展事前绩效评估的项目个数");
            block.Value(1, "prior_assessed_examples", "[]", "事前绩效评估项目举例");
            block.Value(1, "with_targets", zero, "编制绩效目标的项目个数");
            block.Value(1, "monitored", zero, "开展绩效监控的项目个数");
        });
        yaml.Comment(imported ? 0 : 1, imported ? "  self_evaluation: 绩效自评情况的说明" : "self_evaluation: 绩效自评情况的说明");
        yaml.Blank();
    }

    private static void Zeros(YamlLines yaml, int level, params (string Key, string Label)[] keys) => Zeros(yaml, level, Zero, keys);

    private static void Zeros(YamlLines yaml, int level, string zero, params (string Key, string Label)[] keys)
    {
        foreach (var (key, label) in keys)
        {
            yaml.Value(level, key, zero, label);
        }
    }

    private static void Optional(YamlLines yaml, int level, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            yaml.Value(level, key, YamlScalars.Text(value));
        }
    }
}
