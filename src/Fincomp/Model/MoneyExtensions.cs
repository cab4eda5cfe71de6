namespace Fincomp.Model;

/// <summary>Optional amounts count as zero in sums: a clerk leaves out the sources and types the unit never had.</summary>
internal static class MoneyExtensions
{
    public static decimal OrZero(this Money? money) => money?.Value ?? 0m;
}
