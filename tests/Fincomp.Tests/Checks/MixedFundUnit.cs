namespace Fincomp.Tests.Checks;

/// <summary>
/// <see cref="ConsistentUnit"/> with one 项 paid from two sources: 2013202 spends 150.00 of 一般公共预算 and 20.00 of
/// 其他资金 (a 上级补助收入), written as two lines of one code (ConsistentUnit's 其他资金 line moved to 2013202); the
/// 项's purpose is written on the 其他资金 line.
/// </summary>
internal static class MixedFundUnit
{
    public static readonly string Yaml = Build();

    private static string Build()
    {
        var yaml = TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "code: \"2013299\"", "code: \"2013202\"");
        yaml = TestUnits.ReplaceOnce(yaml, "主要用于组织事务方面的其他支出", "主要用于组织人事工作的日常管理");
        yaml = TestUnits.ReplaceOnce(yaml, "    - { code: '2013299', total: 20.0, superior_subsidy: 20.0 }\n", "");
        return TestUnits.ReplaceOnce(yaml, "{ code: '2013202', total: 150.0, fiscal: 150.0 }", "{ code: '2013202', total: 170.0, fiscal: 150.0, superior_subsidy: 20.0 }");
    }
}
