using System.Diagnostics;
using System.Globalization;

namespace Fincomp.Writers.Pdf;

/// <summary>
/// The processor time used so far by a process and its descendants. soffice is a launcher: the layout work happens in a
/// child (soffice.bin), so the root's own time says nothing. On Linux every process of the tree is read from /proc
/// (user and system time of each, plus the time of its children that have already ended); elsewhere the root's own
/// time is what .NET offers.
/// </summary>
internal static class ProcessTreeClock
{
    /// <summary>/proc reports times in USER_HZ, which the kernel fixes at 100 per second for user space.</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan ProcessorTime(Process root)
    {
        if (!Directory.Exists("/proc"))
        {
            return RootOnly(root);
        }

        var stats = new Dictionary<int, (int Parent, long Ticks)>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && Read(entry) is { } stat)
            {
                stats[id] = stat;
            }
        }

        var tree = new HashSet<int> { root.Id };
        for (var grown = true; grown;)
        {
            grown = false;
            foreach (var (id, stat) in stats)
            {
                if (!tree.Contains(id) && tree.Contains(stat.Parent))
                {
                    grown = tree.Add(id);
                }
            }
        }

        var ticks = tree.Sum(id => stats.TryGetValue(id, out var stat) ? stat.Ticks : 0);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>Parent id and utime + stime + cutime + cstime from /proc/ID/stat, or null when the process is gone.</summary>
    private static (int Parent, long Ticks)? Read(string folder)
    {
        string text;
        try
        {
            text = File.ReadAllText(Path.Combine(folder, "stat"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may itself hold spaces or parentheses: fields follow the last ")".
        var fields = text[(text.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 15 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent))
        {
            return null;
        }

        long ticks = 0;
        for (var i = 11; i <= 14; i++)
        {
            ticks += long.TryParse(fields[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : 0;
        }

        return (parent, ticks);
    }

    private static TimeSpan RootOnly(Process root)
    {
        try
        {
            return root.TotalProcessorTime;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return TimeSpan.Zero;
        }
    }
}
