namespace Fincomp.Cli;

/// <summary>The process exit codes CI scripts rely on. Never renumber.</summary>
internal static class ExitCodes
{
    /// <summary>Everything read and nothing of error severity found.</summary>
    public const int Clean = 0;

    /// <summary>Some input has findings of error severity.</summary>
    public const int Findings = 1;

    /// <summary>An input could not be read as a unit file, or the command line was wrong.</summary>
    public const int Unreadable = 2;
}
