namespace Fincomp.Batch;

/// <summary>How one unit of a batch ended.</summary>
public enum UnitStatus
{
    /// <summary>Checked (and built, for a build) with no error.</summary>
    Succeeded,

    /// <summary>Built although it has check errors, because --force was given.</summary>
    Forced,

    /// <summary>Read, but its figures have errors: not built.</summary>
    Failed,

    /// <summary>Not a readable unit file (input errors), or its report failed for a reason not listed below.</summary>
    Unreadable,

    /// <summary>
    /// Compiled, but the self-audit (FC20xx) found the document contradicting itself: a defect of fincomp or of a custom
    /// template, not of the unit's data, and nothing was written; <c>--force</c> does not skip it.
    /// </summary>
    AuditFailed,

    /// <summary>Read and compiled, but its report could not be written: disk full, read-only folder, path too long.</summary>
    WriteFailed,

    /// <summary>Read, but the templates, the reference document or the chart font cannot make its report.</summary>
    TemplateFailed,

    /// <summary>
    /// Readable, but not built because its report would be written to the same file as another unit's, over a unit
    /// file of the batch, or over the <c>--summary</c> file (FC0920): the command line or the manifest must change.
    /// </summary>
    OutputConflict,

    /// <summary>
    /// Readable, but the same unit and year as another file of the batch (FC0921): not built and not in the totals, so
    /// a copy of a unit file never counts its unit twice.
    /// </summary>
    DuplicateUnit,
}
