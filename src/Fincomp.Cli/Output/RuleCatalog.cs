using Fincomp.Checks;
using Fincomp.Diagnostics;

namespace Fincomp.Cli.Output;

/// <summary>Writes rule documentation in Markdown; <c>explain</c> shows one entry, <c>rules --markdown</c> all of them.</summary>
internal static class RuleCatalog
{
    private static readonly (string Prefix, string Group)[] Groups =
    [
        ("FC10", "规则调整与报告所需数据"),
        ("FC11", "收入支出决算总表"),
        ("FC12", "功能分类"),
        ("FC13", "基本支出（经济分类）"),
        ("FC14", "财政拨款"),
        ("FC15", "\"三公\"经费"),
        ("FC16", "机关运行经费、政府采购"),
        ("FC17", "预算与决算、较上年变动"),
        ("FC18", "绩效自评表"),
        ("FC19", "文字"),
    ];

    public static void WriteRule(RuleInfo info, TextWriter output)
    {
        output.WriteLine($"## {info.Code} {info.Title}");
        output.WriteLine();
        output.WriteLine($"级别：{Diagnostic.SeverityWord(info.Severity)}");
        output.WriteLine();
        output.WriteLine(info.Description);
        output.WriteLine();
        output.WriteLine($"示例：{info.Example}");
        output.WriteLine();
        output.WriteLine($"改法：{info.Fix}");
    }

    public static void WriteMarkdown(RuleSet rules, TextWriter output)
    {
        output.WriteLine("# fincomp check 的核对规则");
        output.WriteLine();
        output.WriteLine("本文件由 `fincomp rules --markdown` 生成，请勿手改。");
        output.WriteLine();
        output.WriteLine("求和规则按四舍五入区间比较（XBRL Calculations 1.1，按四舍五入取半开区间）：写成 d 位小数的数代表四舍五入后得到它的全部真实值 [v − ½·10^−d, v + ½·10^−d)，万元金额至少按两位小数计；合计的区间与各项区间之和有公共部分即视为一致，此时的差额只作提示（info），不算错误，报告采用印出的合计（见 docs/format.md“印出数与报告采用的数”）。例如只有一项 0.50 时印出合计 0.51 是错误（四舍五入不可能产生），两项 0.50 + 0.50 印出合计 1.01 只作提示（0.5049 + 0.5049 = 1.0098）。");
        output.WriteLine();
        output.WriteLine("单位文件可以关闭规则或调整级别，并须写明理由：`checks: { FC1903: { severity: off, reason: 报告提及下一年度安排 } }`。调整了不存在的规则编码时报告 FC1001（警告）。");
        output.WriteLine();
        output.WriteLine("| 编码 | 级别 | 规则 |");
        output.WriteLine("|---|---|---|");
        foreach (var rule in rules.Rules)
        {
            output.WriteLine($"| {rule.Info.Code} | {Diagnostic.SeverityWord(rule.Info.Severity)} | {rule.Info.Title} |");
        }

        foreach (var (prefix, group) in Groups)
        {
            var members = rules.Rules.Where(r => r.Info.Code.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            output.WriteLine();
            output.WriteLine($"# {group}（{prefix}xx）");
            foreach (var rule in members)
            {
                output.WriteLine();
                WriteRule(rule.Info, output);
            }
        }
    }
}
