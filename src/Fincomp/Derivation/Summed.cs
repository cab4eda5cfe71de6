using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// A derived amount with the rounding interval of the figures it was computed from: a printed figure stands for its own
/// interval, a sum for the interval sum of its parts. The interval is what decides whether a printed total may stand
/// for its parts (<see cref="FigureOfRecord"/>).
/// </summary>
public readonly record struct Summed(decimal Value, RoundingInterval Interval)
{
    public static readonly Summed Zero = new(0m, RoundingInterval.Exact(0m));

    /// <summary>A printed figure as it stands.</summary>
    public static Summed Of(Money money) => new(money.Value, RoundingInterval.Of(money));

    /// <summary>The sum of the figures given; a figure not given adds nothing and no tolerance.</summary>
    public static Summed Of(IEnumerable<Money?> parts)
    {
        var sum = Zero;
        foreach (var part in parts)
        {
            if (part is { } money)
            {
                sum += Of(money);
            }
        }

        return sum;
    }

    public static Summed operator +(Summed left, Summed right) => new(left.Value + right.Value, left.Interval + right.Interval);

    /// <summary>This amount less an exact one (a dependent cell: a total less its other parts).</summary>
    public Summed Minus(Summed exactPart) => new(Value - exactPart.Value, new RoundingInterval(Interval.Low - exactPart.Interval.High, Interval.High - exactPart.Interval.Low));
}
