namespace Fincomp.Checks.Rules;

/// <summary>
/// How a written classification name is compared with the table: documents routinely drop a trailing "支出" and mix
/// half- and full-width brackets; neither is a mistake worth reporting.
/// </summary>
internal static class ClassificationNames
{
    public static bool Same(string written, string reference) => Normalize(written) == Normalize(reference);

    private static string Normalize(string name)
    {
        var trimmed = name.Trim().Replace('(', '（').Replace(')', '）');
        return trimmed.EndsWith("支出", StringComparison.Ordinal) ? trimmed[..^2] : trimmed;
    }
}
