namespace Fincomp.Model;

/// <summary>How percentages are written in running text: trimmed as Sichuan writes them (55.1%, 0%) or with two decimals (55.10%, 0.00%) as Shanghai and Zhejiang do.</summary>
public enum PercentStyle
{
    [EnumLabel("trimmed")] Trimmed,
    [EnumLabel("fixed")] FixedTwoDecimals,
}
