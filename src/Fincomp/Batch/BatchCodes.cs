namespace Fincomp.Batch;

/// <summary>Codes of the findings a batch itself adds (not the loader's or the rules').</summary>
public static class BatchCodes
{
    /// <summary>Two units of a batch would write one report file, or a report would overwrite a unit file: neither is built.</summary>
    public const string OutputCollision = "FC0920";

    /// <summary>
    /// Two files of a batch are the same unit for the same year (a copy such as 单位-副本.yaml): neither is built, so
    /// the roll-up never counts one unit twice.
    /// </summary>
    public const string DuplicateUnit = "FC0921";

    /// <summary>A defect inside fincomp while handling one unit; the other units went on.</summary>
    public const string InternalError = "FC0999";
}
