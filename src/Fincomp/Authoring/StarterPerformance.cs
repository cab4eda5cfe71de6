namespace Fincomp.Authoring;

/// <summary>
/// The 第四部分 附件 of a starter file as a commented skeleton: the self-evaluation reports are long free text that
/// most units write once the figures are settled, so the keys are shown but not activated.
/// </summary>
internal static class StarterPerformance
{
    public static void Write(YamlLines yaml) => yaml.Comment(0, """
        第四部分 附件：绩效自评报告。去掉行首的 # 后填写；各键说明见 docs/format.md。
        performance:
          unit_report:
            title: 整体支出绩效自评报告标题
            sections:
              - title: 一、部门（单位）概况
                paragraphs:
                  - 正文段落
            budget:
              initial: 0                        # 年初预算
              adjustment: 0                     # 调整预算数（年初预算 − 决算数）
              actual: 0                         # 决算数
            score: 0                            # 总得分
            form:
              budget:
                total: 0
                fiscal: 0
                other: 0
              overall_goal: 年度总体目标
              tasks:
                - name: 任务名称
                  content: 主要内容
              indicator_groups:
                - level1: 产出指标
                  level2: 数量指标
                  weight: 0
                  indicators:
                    - name: 三级指标
                      nature: ≥
                      value: "0"
                      unit: 个
          projects: []                          # 项目支出绩效自评报告，每个项目一项
        """.TrimEnd());
}
