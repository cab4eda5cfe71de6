namespace Fincomp.Cli;

/// <summary>The process exit codes CI scripts rely on (docs/ci.md). Never renumber.</summary>
internal static class ExitCodes
{
    /// <summary>Everything read and nothing of error severity found.</summary>
    public const int Clean = 0;

    /// <summary>Some input has findings of error severity.</summary>
    public const int Findings = 1;

    /// <summary>An input could not be read as a unit file, or the command line was wrong.</summary>
    public const int Unreadable = 2;

    /// <summary>
    /// An output could not be written: the disk is full, the folder is read-only, the path is too long, or the file
    /// already exists and <c>--force</c> was not given. The inputs were fine; a retry elsewhere can succeed.
    /// </summary>
    public const int WriteFailed = 3;

    /// <summary>
    /// The inputs were read, but the templates, the reference document or the chart font given with the command cannot
    /// make a report: a template that does not parse or fails, an unknown directive, an unusable font.
    /// </summary>
    public const int TemplateFailed = 4;
}
