using System.Diagnostics;

namespace Fincomp.Tests.Pdf;

/// <summary>
/// A shell script that answers like soffice: it fills a profile when asked to (the profile run), and for the macro run
/// does what <c>action</c> says (shell text) with $pdf and $contents set to the files the macro call names.
/// </summary>
internal static class FakeSoffice
{
    public static string Write(string folder, string action)
    {
        var path = Path.Combine(folder, "soffice");
        File.WriteAllText(path, $$"""
            #!/bin/sh
            for a in "$@"; do
              case "$a" in
                -env:UserInstallation=file://*) profile="${a#-env:UserInstallation=file://}" ;;
                macro:*) macro="$a" ;;
              esac
            done
            if [ -z "$macro" ]; then mkdir -p "$profile/user/basic/Standard"; : > "$profile/user/basic/Standard/Module1.xba"; exit 0; fi
            pdf=$(printf %s "$macro" | sed 's/^[^"]*"[^"]*","file:\/\/\([^"]*\)".*/\1/')
            contents=$(printf %s "$macro" | sed 's/.*","file:\/\/\([^"]*\)")$/\1/')
            {{action}}

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    /// <summary>The ids of running processes whose command line names <paramref name="text"/>.</summary>
    public static IReadOnlyList<int> ProcessesNaming(string text) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => (Id: int.TryParse(Path.GetFileName(d), out var id) ? id : -1, Dir: d))
            .Where(p => p.Id > 0 && p.Id != Environment.ProcessId && CommandLine(p.Dir).Contains(text, StringComparison.Ordinal))
            .Select(p => p.Id).ToList();

    private static string CommandLine(string folder)
    {
        try
        {
            return File.ReadAllText(Path.Combine(folder, "cmdline"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>Waits up to half a minute (a loaded machine is slow) for <paramref name="condition"/>: killed processes take a moment to go.</summary>
    public static bool Eventually(Func<bool> condition) => Eventually(condition, TimeSpan.FromSeconds(30));

    /// <summary>Waits up to <paramref name="bound"/> for <paramref name="condition"/>.</summary>
    public static bool Eventually(Func<bool> condition, TimeSpan bound)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > bound)
            {
                return false;
            }

            Thread.Sleep(100);
        }

        return true;
    }
}
