using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Fincomp.Benchmarks.Stages;

/// <summary>
/// The processor time this process has used, every thread included (the chart thread, the JIT's and the GC's). On a
/// machine shared with other work, wall time mostly measures waiting for a core; processor time measures the work.
/// On Linux it reads <c>CLOCK_PROCESS_CPUTIME_ID</c> (nanoseconds); <see cref="Process.TotalProcessorTime"/> counts in
/// 10 ms ticks there, too coarse for a stage of 2 ms.
/// </summary>
internal static class ProcessorClock
{
    private const int ProcessCpuTimeClock = 2;

    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ProcessCpuTimeClock, out var time) == 0)
        {
            return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
        }

        return Process.GetCurrentProcess().TotalProcessorTime;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
