namespace Fincomp.Writers.Pdf;

/// <summary>
/// How long one LibreOffice run may take. The limit that matters is processor time, summed over soffice and every
/// process it starts: it measures the work, so a machine busy with other jobs (where a run waits for a core) does not
/// stop a good conversion. Wall-clock time is only a backstop for a LibreOffice that hangs without working (waiting on a
/// lock or a dialog), set well above what any conversion needs.
/// </summary>
/// <param name="ProcessorTime">Processor time of the soffice process tree after which the run is ended.</param>
/// <param name="WallClock">Elapsed time after which the run is ended even if it used little processor time.</param>
internal sealed record SofficeLimits(TimeSpan ProcessorTime, TimeSpan WallClock)
{
    /// <summary>Two minutes of processor time (a long report needs a few seconds), twenty of waiting.</summary>
    public static SofficeLimits Default { get; } = new(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(20));
}
