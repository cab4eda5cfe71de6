namespace Fincomp.Tables;

/// <summary>
/// The 一级指标 a 二级指标 belongs to, for forms whose clerk left 一级指标 blank: 数量、质量、时效、成本指标 are 产出指标;
/// 经济、社会、生态效益指标 and 可持续影响指标 are 效益指标; 服务对象满意度指标 is 满意度指标 (the indicator framework of the
/// Sichuan 2023 项目支出绩效自评表, docs/reference: domain.md "绩效指标"). An unknown 二级指标 gets none.
/// </summary>
internal static class IndicatorLevels
{
    private static readonly (string Level2Prefix, string Level1)[] Framework =
    [
        ("数量", "产出指标"), ("质量", "产出指标"), ("时效", "产出指标"), ("成本", "产出指标"),
        ("经济效益", "效益指标"), ("社会效益", "效益指标"), ("生态效益", "效益指标"), ("可持续影响", "效益指标"),
        ("满意度", "满意度指标"), ("服务对象满意度", "满意度指标"),
    ];

    public static string? Level1For(string? level2) =>
        level2 is null ? null : Framework.FirstOrDefault(f => level2.StartsWith(f.Level2Prefix, StringComparison.Ordinal)).Level1;
}
