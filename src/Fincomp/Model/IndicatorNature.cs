namespace Fincomp.Model;

/// <summary>How an indicator's achieved value is compared with its target (指标性质).</summary>
public enum IndicatorNature
{
    [EnumLabel("≥")] AtLeast,
    [EnumLabel("≤")] AtMost,
    [EnumLabel("=")] Equal,
    [EnumLabel("定性")] Qualitative,
}
