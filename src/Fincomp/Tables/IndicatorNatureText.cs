using Fincomp.Model;

namespace Fincomp.Tables;

/// <summary>The sign a form prints for an indicator's nature (≥, ≤, =, 定性).</summary>
internal static class IndicatorNatureText
{
    public static string Of(IndicatorNature nature) => nature switch
    {
        IndicatorNature.AtLeast => "≥",
        IndicatorNature.AtMost => "≤",
        IndicatorNature.Equal => "=",
        _ => "定性",
    };
}
