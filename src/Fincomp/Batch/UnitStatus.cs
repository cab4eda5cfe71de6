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

    /// <summary>Not a readable unit file (input errors), or writing its output failed.</summary>
    Unreadable,
}
