namespace Fincomp.Model;

/// <summary>How amounts are written in running text: as the seed does (55.6万元) or always with two decimals (55.60万元).</summary>
public enum TextAmountStyle
{
    [EnumLabel("trimmed")] Trimmed,
    [EnumLabel("fixed")] FixedTwoDecimals,
}
