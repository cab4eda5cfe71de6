namespace Fincomp.IO;

/// <summary>
/// Whether the process is being stopped by a signal (Ctrl+C, <c>kill</c>, a closed terminal), and the exit code the
/// shell gives such a stop (128 + the signal's number). Set before any clean-up begins, so work that fails because the
/// clean-up ended it can never report its own failure as the outcome.
/// </summary>
public static class ProcessStop
{
    private static int StopCode;

    /// <summary>128 + the number of the signal that is stopping the process; null while nothing stops it.</summary>
    public static int? ExitCode => Volatile.Read(ref StopCode) is var code and not 0 ? code : null;

    internal static void Begin(int signalNumber) => Interlocked.CompareExchange(ref StopCode, 128 + signalNumber, 0);
}
