using Fincomp.Diagnostics;

namespace Fincomp.Checks.Rules;

/// <summary>FC1002: a figure the standard report states is not given; the report leaves its sentence out rather than print 0.</summary>
internal sealed class MissingSectionRule : IRule
{
    public RuleInfo Info { get; } = new(
        "FC1002", Severity.Warning, "报告需要的数字未填写",
        "标准报告要写出的数字（政府采购、国有资产、预算绩效管理的项目个数、\"三公\"经费的次数与车辆、机关运行经费等）单位文件没有写。没有写的数字不按 0 处理：报告不写相应的句子。实际为 0 时请写 0。",
        "没有写 assets.general_equipment_over50，报告不再写“单价50万元以上通用设备0台（套）”。",
        "在提示的键下补写数字；确实为 0 时写 0。");

    public IEnumerable<Diagnostic> Evaluate(RuleContext context) =>
        ReportNeeds.Of(context)
            .Where(m => !m.Required)
            .Select(m => Info.At(m.Span, $"未填写 {m.Key}：{m.Effect}。"));
}
