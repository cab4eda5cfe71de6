using System.Diagnostics;
using Fincomp.Tests.Support;

namespace Fincomp.Tests.Robustness;

/// <summary>
/// Runs the built <c>fincomp.dll</c> as a child process, as CI does, so tests can kill it mid-batch or change its
/// locale and time zone. The DLL is the one built next to the tests (same configuration).
/// </summary>
internal static class CliProcess
{
    public static string Dll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(TestPaths.RepositoryRoot, "src", "Fincomp.Cli", "bin", configuration, "net10.0", "fincomp.dll");
        }
    }

    public static Process Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return Process.Start(info)!;
    }

    /// <summary>Runs to the end (bounded by the hang guard) and returns the exit code and everything printed.</summary>
    public static (int ExitCode, string Output) Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(arguments, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("fincomp did not finish within 60 s.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
