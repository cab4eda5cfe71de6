namespace Fincomp.Audit.Reading;

/// <summary>
/// A ruled line of a PDF page (a table border): horizontal at height <see cref="At"/> from <see cref="From"/> to
/// <see cref="To"/> along x, or vertical at x = <see cref="At"/> from y <see cref="From"/> to <see cref="To"/>.
/// </summary>
internal readonly record struct PdfRuling(bool Horizontal, double At, double From, double To)
{
    /// <summary>How far apart two rulings may be and still meet (a border's width, a renderer's rounding).</summary>
    public const double Tolerance = 2.0;

    /// <summary>Whether this ruling passes <paramref name="position"/> along its length.</summary>
    public bool Covers(double position) => position >= From - Tolerance && position <= To + Tolerance;

    /// <summary>Whether two rulings touch or cross, so they border the same table.</summary>
    public bool Meets(PdfRuling other) =>
        Horizontal == other.Horizontal
            ? Math.Abs(At - other.At) <= Tolerance && other.From <= To + Tolerance && From <= other.To + Tolerance
            : Covers(other.At) && other.Covers(At);
}
