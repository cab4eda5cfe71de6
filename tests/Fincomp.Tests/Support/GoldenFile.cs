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
        if (expected != actual)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            var common = Math.Min(expectedLines.Length, actualLines.Length);
            var first = Enumerable.Range(0, common).FirstOrDefault(i => expectedLines[i] != actualLines[i], common);
            Assert.Fail($"{Path.GetFileName(goldenPath)} differs at line {first + 1}:\nexpected: {Line(expectedLines, first)}\nactual:   {Line(actualLines, first)}\n(UPDATE_GOLDEN=1 rewrites the file.)");
        }
    }

    private static string Line(string[] lines, int index) => index < lines.Length ? lines[index] : "<end of file>";
}
