using System.Globalization;

namespace Fincomp.Tests.Robustness;

/// <summary>
/// How many mutated inputs each fuzz test tries. CI runs the small default; <c>FINCOMP_FUZZ_ITERATIONS</c> (set by
/// <c>build.ps1 fuzz</c>) runs a longer campaign with the same seeds, so any failure reproduces from its iteration number.
/// </summary>
internal static class FuzzBudget
{
    public const int DefaultIterations = 150;

    public static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("FINCOMP_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : DefaultIterations;
}
