using System.Reflection;

namespace Fincomp.Cli;

/// <summary>The tool's version and home page, as the package metadata states them (set once, in the project file).</summary>
internal static class ToolInfo
{
    private static readonly Assembly Assembly = typeof(ToolInfo).Assembly;

    /// <summary>The package version without the source-revision suffix the SDK appends.</summary>
    public static string Version { get; } =
        (Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public static string InformationUri { get; } =
        Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "InformationUri")?.Value ?? "";
}
