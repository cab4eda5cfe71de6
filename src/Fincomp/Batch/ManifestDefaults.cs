using System.Globalization;
using Fincomp.Model;

namespace Fincomp.Batch;

/// <summary>Applies a manifest's defaults to a unit: the unit's own written settings and rule decisions win.</summary>
internal static class ManifestDefaults
{
    public static UnitYear ApplyTo(this BatchManifest manifest, UnitYear unit)
    {
        var settings = unit.Settings;
        if (manifest.Settings is { } defaults)
        {
            settings = settings with
            {
                TemplatePack = Pick(settings, defaults, nameof(ReportSettings.TemplatePack), s => s.TemplatePack),
                Percentages = Pick(settings, defaults, nameof(ReportSettings.Percentages), s => s.Percentages),
                TextAmounts = Pick(settings, defaults, nameof(ReportSettings.TextAmounts), s => s.TextAmounts),
                ComparisonBasis = Pick(settings, defaults, nameof(ReportSettings.ComparisonBasis), s => s.ComparisonBasis),
                ChangePercentThreshold = Pick(settings, defaults, nameof(ReportSettings.ChangePercentThreshold), s => s.ChangePercentThreshold),
                ChangeAmountThreshold = Pick(settings, defaults, nameof(ReportSettings.ChangeAmountThreshold), s => s.ChangeAmountThreshold),
            };
        }

        var checks = new SortedDictionary<string, RuleOverride>(StringComparer.Ordinal);
        foreach (var (code, decision) in manifest.Checks)
        {
            checks[code] = decision;
        }

        foreach (var (code, decision) in unit.Checks)
        {
            checks[code] = decision;
        }

        return unit with { Settings = settings, Checks = checks };
    }

    /// <summary>Whether the output file name takes anything from the unit itself (its year or short name).</summary>
    public static bool NamesByUnit(this BatchManifest? manifest) =>
        manifest?.OutputName is { } pattern
        && (pattern.Contains("{year}", StringComparison.Ordinal) || pattern.Contains("{short_name}", StringComparison.Ordinal));

    /// <summary>The output file name (without extension) for a unit, from the manifest's pattern.</summary>
    public static string OutputName(this BatchManifest? manifest, string inputFile, UnitYear? unit)
    {
        var pattern = manifest?.OutputName ?? "{file}";
        var name = pattern
            .Replace("{file}", Path.GetFileNameWithoutExtension(inputFile), StringComparison.Ordinal)
            .Replace("{year}", unit?.Unit.Year.ToString(CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal)
            .Replace("{short_name}", unit?.Unit.ShortName ?? "", StringComparison.Ordinal);
        foreach (var invalid in Path.GetInvalidFileNameChars().Append('/').Append('\\'))
        {
            name = name.Replace(invalid, '_');
        }

        return name.Length == 0 ? Path.GetFileNameWithoutExtension(inputFile) : name;
    }

    private static T Pick<T>(ReportSettings unit, ReportSettings defaults, string property, Func<ReportSettings, T> value) =>
        unit.IsWritten(property) ? value(unit) : value(defaults);
}
