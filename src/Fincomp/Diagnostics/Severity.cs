namespace Fincomp.Diagnostics;

/// <summary>How much a finding matters: errors stop a build and fail CI, warnings and infos only inform.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
