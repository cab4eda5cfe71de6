using System.ComponentModel;
using System.Diagnostics;

namespace Fincomp.Cli.Relaunch;

/// <summary>
/// Runs a large batch again in a child process without tiered compilation. The runtime reads that setting once, at
/// process start, and it cuts both ways: for a batch of many units, re-compiling hot precompiled methods at tier 1 is
/// a quarter of the processor time and turning it off saves 17–25 %, while one cold report takes 39 % longer without
/// it (docs/performance.md). So a single report keeps the fast start, and a build of many units starts itself once more
/// with the setting for long runs; the child writes to the same console, gets the signals that stop the command
/// (<see cref="SignalForwarding"/>) and its exit code is the command's.
/// </summary>
public sealed class BatchRelauncher(IReadOnlyList<string> args)
{
    /// <summary>From this many units on the relaunch pays: measured to win from 30 units on (docs/performance.md).</summary>
    public const int MinimumUnits = 30;

    /// <summary>The runtime setting the child gets; also how a child (or a user who chose a setting) is recognised.</summary>
    public const string TieredCompilationVariable = "DOTNET_TieredCompilation";

    /// <summary>The older spelling of the same runtime setting, still honoured by the runtime.</summary>
    private const string LegacyTieredCompilationVariable = "COMPlus_TieredCompilation";

    /// <summary>
    /// Whether a build of <paramref name="units"/> units should run in a relaunched child: only for a batch large
    /// enough, and never when tiered compilation is already set (by this relaunch, or by a user who chose it).
    /// </summary>
    internal static bool Wanted(int units, Func<string, string?> environment) =>
        units >= MinimumUnits
        && environment(TieredCompilationVariable) is null
        && environment(LegacyTieredCompilationVariable) is null;

    /// <summary>
    /// How to start this program again with the same arguments: through the <c>dotnet</c> host with the entry
    /// assembly when that is how it runs (<c>dotnet fincomp.dll</c>, a local tool), else the program file itself
    /// (the apphost of a global tool or a publish, the single-file build).
    /// </summary>
    internal static ProcessStartInfo StartInfo(string processPath, string entryAssembly, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(processPath) { UseShellExecute = false };
        if (string.Equals(Path.GetFileNameWithoutExtension(processPath), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(entryAssembly);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[TieredCompilationVariable] = "0";
        return start;
    }

    /// <summary>
    /// Runs the command line in the child and returns its exit code, or null when no child could be started (the
    /// caller then builds in this process, as it would without the relaunch).
    /// </summary>
    internal int? Run()
    {
        if (Environment.ProcessPath is not { } processPath || Environment.GetCommandLineArgs() is not [var entryAssembly, ..])
        {
            return null;
        }

        using var signals = new SignalForwarding();
        try
        {
            using var child = Process.Start(StartInfo(processPath, entryAssembly, args));
            if (child is null)
            {
                return null;
            }

            signals.Attach(child);
            child.WaitForExit();
            return child.ExitCode;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
