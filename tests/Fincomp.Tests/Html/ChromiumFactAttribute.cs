using Xunit;

namespace Fincomp.Tests.Html;

/// <summary>
/// A fact that needs headless Chromium. Without a browser it fails (CI installs one), unless
/// <see cref="HeadlessChromium.SkipVariable"/> is 1: then the runner reports it as skipped, with the reason, never as
/// passed.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.Skipped && HeadlessChromium.Find() is null)
        {
            Skip = $"chromium is not on PATH and {HeadlessChromium.SkipVariable}=1 asks to skip the browser tests.";
        }
    }
}
