namespace Fincomp.Charts;

/// <summary>The two chart shapes the disclosure uses: bars compare two years, pies show a structure.</summary>
public enum ChartKind
{
    Bar,
    Pie,
}
