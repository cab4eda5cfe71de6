using Fincomp.Reference;

namespace Fincomp.Derivation;

/// <summary>
/// The lines of a unit file that the report prints as 项 rows, each with its code parsed: the loader passes codes
/// through as written, so a line may carry a 3- or 5-digit code, full-width digits or a letter. Only a code that is
/// seven ASCII digits (<see cref="FunctionalCode"/>) names a 类, 款 and 项; any other line is FC1203's error and is
/// printed in no 类 or 款 row (nor does it count towards one), so a forced build of such a file stops at the
/// self-check instead of printing a row under a 类 that does not exist.
/// </summary>
internal static class ItemCoded
{
    /// <summary>Each line whose code is a 项 code, with that code, in the order given.</summary>
    public static IEnumerable<(FunctionalCode Code, T Line)> Of<T>(IEnumerable<T> lines, Func<T, string> code)
    {
        foreach (var line in lines)
        {
            if (FunctionalCode.TryParse(code(line), out var parsed))
            {
                yield return (parsed, line);
            }
        }
    }
}
