namespace Fincomp.Batch;

/// <summary>Codes of the findings a batch itself adds (not the loader's or the rules').</summary>
public static class BatchCodes
{
    /// <summary>Two units of a batch would write one report file, or a report would overwrite a unit file: neither is built.</summary>
    public const string OutputCollision = "FC0920";

    /// <summary>A defect inside fincomp while handling one unit; the other units went on.</summary>
    public const string InternalError = "FC0999";
}
