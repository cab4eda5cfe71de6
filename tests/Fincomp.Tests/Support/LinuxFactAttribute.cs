using Xunit;

namespace Fincomp.Tests.Support;

/// <summary>A fact that needs a Linux device (such as /dev/full); reported as skipped elsewhere, never as passed.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "只在 Linux 上可测";
        }
    }
}
