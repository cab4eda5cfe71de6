namespace Fincomp.Model;

/// <summary>The budget a 功能分类 line is paid from.</summary>
public enum Fund
{
    [EnumLabel("一般公共预算")] GeneralBudget,
    [EnumLabel("政府性基金")] GovernmentFund,
    [EnumLabel("国有资本经营")] StateCapital,
    [EnumLabel("其他资金")] Other,
}
