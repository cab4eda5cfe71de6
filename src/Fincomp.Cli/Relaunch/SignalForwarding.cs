using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Fincomp.Cli.Relaunch;

/// <summary>
/// Keeps the parent of a relaunched batch waiting while its child ends, and passes on the signals that end a batch.
/// <c>timeout</c> and CI cancellation send SIGTERM to the parent only, and <c>kill -INT</c> reaches only the process it
/// names: unforwarded, the child would go on writing reports and starting LibreOffice with no one waiting for it. The
/// child handles the signal as a direct run does (stops, ends its soffice, deletes its scratch folders) and its exit
/// code becomes the command's. On Windows there are no signals to send: Ctrl+C reaches every process on the console,
/// the child included, so the parent only has to outlive it.
/// </summary>
internal sealed class SignalForwarding : IDisposable
{
    /// <summary>The POSIX numbers of the forwarded signals (the same on Linux and macOS).</summary>
    private static readonly Dictionary<PosixSignal, int> Numbers = new() { [PosixSignal.SIGINT] = 2, [PosixSignal.SIGTERM] = 15 };

    private readonly Lock _gate = new();
    private readonly List<PosixSignalRegistration> _registrations;
    private readonly List<PosixSignal> _pending = [];
    private Process? _child;

    public SignalForwarding() =>
        _registrations = [.. Numbers.Keys.Select(signal => PosixSignalRegistration.Create(signal, OnSignal))];

    /// <summary>Sends the child every signal from now on, and those that came while it was being started.</summary>
    public void Attach(Process child)
    {
        lock (_gate)
        {
            _child = child;
            foreach (var signal in _pending)
            {
                Send(child, signal);
            }

            _pending.Clear();
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }

    private void OnSignal(PosixSignalContext context)
    {
        // This process ends when the child has ended, with the child's code.
        context.Cancel = true;
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        lock (_gate)
        {
            if (_child is null)
            {
                _pending.Add(context.Signal);
            }
            else
            {
                Send(_child, context.Signal);
            }
        }
    }

    private static void Send(Process child, PosixSignal signal)
    {
        if (!child.HasExited)
        {
            // A child that ended meanwhile makes kill fail (no such process): nothing is left to tell.
            _ = Kill(child.Id, Numbers[signal]);
        }
    }

    // DllImport, not LibraryImport: two ints need no marshalling, and LibraryImport would need unsafe code allowed.
    [DllImport("libc", EntryPoint = "kill")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int processId, int signal);
}
