namespace Fincomp.Batch;

/// <summary>Codes of the findings a batch itself adds (not the loader's or the rules').</summary>
public static class BatchCodes
{
    /// <summary>A defect inside fincomp while handling one unit; the other units went on.</summary>
    public const string InternalError = "FC0999";
}
