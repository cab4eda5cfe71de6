using Xunit;

namespace Fincomp.Tests.Build;

/// <summary>
/// Compares a text with its expected file under Build/Golden. <c>UPDATE_GOLDEN=1</c> rewrites the file instead; a
/// missing golden file fails the test, so a new test cannot pass before someone has read and committed its output.
/// </summary>
internal static class GoldenFile
{
    public static void AssertMatches(string name, string actual)
    {
        var path = RepositoryPaths.Golden(name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {name} is missing; run the tests with UPDATE_GOLDEN=1 to create it, then review it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
            Assert.Fail($"{name} differs at line {first + 1}:\nexpected: {Line(expectedLines, first)}\nactual:   {Line(actualLines, first)}\n(UPDATE_GOLDEN=1 rewrites the file.)");
        }
    }

    private static string Line(string[] lines, int index) => index < lines.Length ? lines[index] : "<end of file>";
}
