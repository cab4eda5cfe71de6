using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Fincomp.IO;

namespace Fincomp.Writers.Pdf;

/// <summary>
/// The temporary folders and LibreOffice processes of PDF conversions, cleaned up on every path. A conversion's folder
/// records the fincomp process that owns it (an "owner" file: process id and start time), and its soffice is tracked
/// while it runs: a normal end deletes the folder, process exit and the signals that stop fincomp (Ctrl+C, SIGTERM,
/// SIGHUP) kill what still runs and delete what is left, and a process that was killed outright is cleaned up after by the next conversion, which removes the
/// folders whose owner is gone and ends the soffice processes still working in them.
/// </summary>
internal static class ScratchFolders
{
    /// <summary>The name prefixes of fincomp's folders in the temporary directory.</summary>
    public static readonly IReadOnlyList<string> Prefixes = ["fincomp-pdf-", "fincomp-lo-profile-"];

    private const string OwnerFile = "owner";

    /// <summary>
    /// How far apart two readings of one process's start time may be. .NET derives it from the boot time, which each
    /// process works out from the clock when it asks, so another fincomp reads a live owner's start a little off; a
    /// reused process id would have started long after.
    /// </summary>
    private static readonly TimeSpan SameStart = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long the clean-up waits for a killed LibreOffice to be gone, and for a write under way to finish, before it
    /// deletes the folders: generous, since a loaded machine (a CI runner running other jobs) is slow at both.
    /// </summary>
    private static readonly TimeSpan KillWait = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, byte> LiveFolders = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<int, Process> LiveProcesses = new();
    /// <summary>
    /// Held shared while a conversion writes into its folders and alone by the clean-up: a write that raced the
    /// clean-up would otherwise recreate a folder it had just deleted (File.Create and CreateDirectory make the path).
    /// </summary>
    private static readonly ReaderWriterLockSlim Writing = new(LockRecursionPolicy.SupportsRecursion);

    private static int Hooked;
    private static int Closing;
    private static int Starting;

    /// <summary>
    /// Kept for the life of the process: a registration that is collected stops handling its signal. SIGINT's default
    /// ends the process by the signal itself, without <see cref="AppDomain.ProcessExit"/>, so cleaning up at process
    /// exit alone leaves the folders of a run stopped by Ctrl+C behind.
    /// </summary>
    private static readonly List<PosixSignalRegistration> Signals = [];

    /// <summary>A new folder under <paramref name="root"/> (the temporary directory when null) owned by this process.</summary>
    /// <exception cref="PdfConversionException">The process is being stopped: no new LibreOffice run starts.</exception>
    public static string Create(string prefix, string? root)
    {
        Hook();

        // Made and listed under the shared hold: a stop that came between making the folder and listing it would end
        // the process with the folder unlisted, so neither the clean-up nor the next sweep (its owner file not yet
        // written) would remove it at once.
        return Write(() =>
        {
            var folder = root is null
                ? Directory.CreateTempSubdirectory(prefix).FullName
                : Directory.CreateDirectory(Path.Combine(root, prefix + Guid.NewGuid().ToString("N")[..12])).FullName;
            LiveFolders[folder] = 0;
            using var self = Process.GetCurrentProcess();
            File.WriteAllText(Path.Combine(folder, OwnerFile), Owner(self));
            return folder;
        });
    }

    /// <summary>Deletes <paramref name="folder"/>; a folder that cannot be deleted now is left to the next sweep.</summary>
    public static void Delete(string folder)
    {
        LiveFolders.TryRemove(folder, out _);
        TryDelete(folder);
    }

    /// <summary>
    /// Starts <paramref name="start"/> and tracks the process. A stop signal that comes while a process is being started
    /// waits for the start to finish (the child may still be between fork and exec, where no command line names its
    /// folder), so the clean-up that follows finds it.
    /// </summary>
    public static Process? Start(ProcessStartInfo start)
    {
        Interlocked.Increment(ref Starting);
        try
        {
            ThrowIfClosing();
            var process = Process.Start(start);
            if (process is not null)
            {
                Track(process);
            }

            return process;
        }
        finally
        {
            Interlocked.Decrement(ref Starting);
        }
    }

    /// <summary>Keeps <paramref name="process"/> on the list that process exit kills, until <see cref="Forget"/>.</summary>
    /// <remarks>A process started while the clean-up ran is killed at once: the clean-up may have passed it by.</remarks>
    public static void Track(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        LiveProcesses[process.Id] = process;
        if (Volatile.Read(ref Closing) == 1)
        {
            CleanUp();
        }
    }

    public static void Forget(Process process) => LiveProcesses.TryRemove(process.Id, out _);

    /// <summary>
    /// Removes the folders under <paramref name="root"/> (the temporary directory when null) that a fincomp process no
    /// longer running left behind, first ending the processes whose command line names them (LibreOffice started in
    /// them, on systems with /proc). Returns how many folders it removed.
    /// </summary>
    public static int SweepStale(string? root = null)
    {
        var directory = new DirectoryInfo(root ?? Path.GetTempPath());
        if (!directory.Exists)
        {
            return 0;
        }

        var removed = 0;
        foreach (var folder in directory.EnumerateDirectories().Where(d => Prefixes.Any(p => d.Name.StartsWith(p, StringComparison.Ordinal))))
        {
            if (LiveFolders.ContainsKey(folder.FullName) || OwnerRuns(folder))
            {
                continue;
            }

            KillProcessesNaming(folder.FullName);
            if (TryDelete(folder.FullName))
            {
                removed++;
            }
        }

        return removed;
    }

    /// <summary>Whether the process that made <paramref name="folder"/> still runs (folders without an owner file are an hour's grace).</summary>
    private static bool OwnerRuns(DirectoryInfo folder)
    {
        string text;
        try
        {
            text = File.ReadAllText(Path.Combine(folder.FullName, OwnerFile));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return folder.LastWriteTimeUtc > DateTime.UtcNow.AddHours(-1);
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var started))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited && Math.Abs(process.StartTime.ToUniversalTime().Ticks - started) < SameStart.Ticks;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Process id and start time: a process id alone may be reused by an unrelated process.</summary>
    private static string Owner(Process process) =>
        process.Id.ToString(CultureInfo.InvariantCulture) + " " + process.StartTime.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture);

    private static void KillProcessesNaming(string folder)
    {
        if (!Directory.Exists("/proc"))
        {
            return;
        }

        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(entry, "cmdline")).Contains(folder, StringComparison.Ordinal))
                {
                    using var process = Process.GetProcessById(id);
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(5000);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException
                or System.ComponentModel.Win32Exception)
            {
                // The process ended meanwhile, or is not ours to end.
            }
        }
    }

    private static void Hook()
    {
        if (Interlocked.Exchange(ref Hooked, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => CleanUp();

            // After the clean-up the process ends with the shell's code for the signal (128 + its number) at once: left to
            // the runtime, a build whose conversion the clean-up just ended could finish first and exit "无法写出"; the CLI's
            // own return reads ProcessStop for the same reason.
            Signals.AddRange(new[] { (PosixSignal.SIGINT, 2), (PosixSignal.SIGTERM, 15), (PosixSignal.SIGHUP, 1) }.Select(signal =>
                PosixSignalRegistration.Create(signal.Item1, context =>
                {
                    ProcessStop.Begin(signal.Item2);
                    CleanUp();
                    // A process whose start was under way is tracked once its start returns; end it too (bounded: a
                    // start that never returns must not keep a stopped fincomp alive).
                    SpinWait.SpinUntil(() => Volatile.Read(ref Starting) == 0, TimeSpan.FromSeconds(10));
                    CleanUp();
                    context.Cancel = true;
                    Environment.Exit(ProcessStop.ExitCode!.Value);
                })));
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/>, which writes into this process's scratch folders, unless the process is being
    /// stopped; the clean-up waits for a write under way and no write starts after it.
    /// </summary>
    /// <exception cref="PdfConversionException">The process is being stopped.</exception>
    public static T Write<T>(Func<T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Writing.EnterReadLock();
        try
        {
            ThrowIfClosing();
            return write();
        }
        finally
        {
            Writing.ExitReadLock();
        }
    }

    /// <summary>Refuses to go on once the process is being stopped: what failed then failed because of the stop.</summary>
    public static void ThrowIfClosing()
    {
        if (Volatile.Read(ref Closing) == 1)
        {
            throw new PdfConversionException("fincomp 正在停止，PDF 转换已中止。");
        }
    }

    /// <summary>Ends the tracked LibreOffice processes and deletes the live folders; from now on nothing new starts.</summary>
    private static void CleanUp()
    {
        Volatile.Write(ref Closing, 1);
        // Bounded: a write that never returns must not keep a stopped fincomp alive.
        var alone = Writing.TryEnterWriteLock(KillWait);
        try
        {
            EndAndDelete();
        }
        finally
        {
            if (alone)
            {
                Writing.ExitWriteLock();
            }
        }
    }

    private static void EndAndDelete()
    {
        foreach (var process in LiveProcesses.Values)
        {
            try
            {
                process.Kill(entireProcessTree: true);
                // A kill is delivered, not awaited: a process inside a system call (a mkdir in its profile) finishes it
                // first, and a folder deleted before that ends non-empty.
                process.WaitForExit(KillWait);
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already ended.
            }
        }

        foreach (var folder in LiveFolders.Keys)
        {
            // A LibreOffice started just before the stop may not be tracked yet (the signal came between its start and
            // Track): its command line names its folder, so it is found and ended all the same.
            KillProcessesNaming(folder);
            DeleteSettled(folder);
        }
    }

    /// <summary>
    /// Deletes <paramref name="folder"/>, trying again a few times: a child of a killed LibreOffice that was mid-write
    /// when the kill came can still add an entry while the folder is being emptied.
    /// </summary>
    private static void DeleteSettled(string folder)
    {
        for (var attempt = 0; attempt < 50 && !TryDelete(folder); attempt++)
        {
            Thread.Sleep(100);
        }
    }

    private static bool TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
            return true;
        }
        catch (DirectoryNotFoundException)
        {
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Still in use: the next sweep takes it.
            return false;
        }
    }
}
