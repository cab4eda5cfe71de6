namespace Fincomp.Charts;

/// <summary>
/// One bar or one slice. The value stays <see cref="decimal"/> 万元 here so that specs compare exactly in tests; it
/// becomes a double only at the drawing boundary inside <see cref="ChartRenderer"/>.
/// </summary>
public sealed record ChartPoint(string Label, decimal Value);
