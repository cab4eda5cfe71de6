using Xunit;

namespace Fincomp.Tests.Support;

/// <summary>
/// Compares text with a golden file kept beside the tests. <c>UPDATE_GOLDEN=1</c> rewrites the file; a missing file
/// fails the test, so a new golden is always looked at before it is trusted.
/// </summary>
internal static class GoldenFile
{
    public static void AssertMatches(string goldenPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
            return;
        }

        Assert.True(File.Exists(goldenPath), $"Golden file {goldenPath} is missing; run with UPDATE_GOLDEN=1 and review it.");
        var expected = File.ReadAllText(goldenPath).Replace("\r\n", "\n");
        Assert.Equal(expected, actual);
    }
}
