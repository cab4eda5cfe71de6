namespace Fincomp.Charts;

/// <summary>
/// Where one slice's percentage goes, in pie units (radius 1, centre 0,0, y up). Inside labels sit on the slice;
/// outside labels sit beside the pie with a leader line from (<see cref="AnchorX"/>, <see cref="AnchorY"/>) on the rim,
/// left-aligned on the right side and right-aligned on the left side.
/// </summary>
internal sealed record PieLabel(double X, double Y, bool Inside, bool RightSide, double AnchorX, double AnchorY);
