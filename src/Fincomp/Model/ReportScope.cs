namespace Fincomp.Model;

/// <summary>Whose 决算 the report discloses: one unit's (单位决算) or a 部门's that consolidates its units (部门决算).</summary>
public enum ReportScope
{
    [EnumLabel("单位决算")] Unit,
    [EnumLabel("部门决算")] Department,
}
