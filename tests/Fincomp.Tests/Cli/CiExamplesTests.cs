using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;
using Fincomp.Tests.Robustness;
using Fincomp.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Fincomp.Tests.Cli;

/// <summary>
/// The CI examples of docs/ci.md, run as written: each <c>fincomp</c> line of the GitHub Actions steps and the GitLab
/// script goes through a real shell, in a folder holding the sample park as <c>units/</c>, with <c>fincomp</c> on the
/// PATH as the built tool. The lines that install the tool are the README's install command.
/// </summary>
public sealed class CiExamplesTests : IDisposable
{
    private static readonly string[] InstallLines =
    [
        "dotnet tool install --global fincomp",
        "export PATH=\"$PATH:$HOME/.dotnet/tools\"",
    ];

    private readonly TemporaryFolder _workspace = new("fincomp-ci-example-");

    public void Dispose() => _workspace.Dispose();

    private static List<YamlMappingNode> Examples()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "ci.md"));
        var blocks = text.Split("```yaml\n").Skip(1).Select(b => b[..b.IndexOf("```", StringComparison.Ordinal)]);
        return [.. blocks.Select(b =>
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(b));
            return (YamlMappingNode)stream.Documents[0].RootNode;
        })];
    }

    private static IEnumerable<string> GitHubLines(YamlMappingNode workflow) =>
        ((YamlMappingNode)workflow["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>())
            .Where(step => step.Children.ContainsKey("run"))
            .Select(step => step["run"].ToString());

    private static IEnumerable<string> GitLabLines(YamlMappingNode pipeline) =>
        pipeline.Children.Values.OfType<YamlMappingNode>()
            .Where(job => job.Children.ContainsKey("script"))
            .SelectMany(job => ((YamlSequenceNode)job["script"]).Children.Select(line => line.ToString()));

    /// <summary>Runs one documented line in bash; returns its exit code.</summary>
    private int Shell(string line, IReadOnlyDictionary<string, string> environment)
    {
        var bin = Directory.CreateDirectory(Path.Combine(_workspace.Path, ".bin")).FullName;
        var shim = Path.Combine(bin, "fincomp");
        File.WriteAllText(shim, $"#!/bin/sh\nexec dotnet \"{CliProcess.Dll}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var info = new ProcessStartInfo("bash") { WorkingDirectory = _workspace.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(line);
        info.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), line);
        _ = output.Result + error.Result;
        return process.ExitCode;
    }

    private void LayOutUnits()
    {
        // The park with its history/ folder, which the units' previous_year lines point into.
        var park = Path.Combine(TestPaths.RepositoryRoot, "samples", "park");
        var units = Path.Combine(_workspace.Path, "units");
        foreach (var file in Directory.GetFiles(park, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(units, Path.GetRelativePath(park, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private List<(string Line, int Code)> RunAll(IEnumerable<string> lines, IReadOnlyDictionary<string, string> environment)
    {
        LayOutUnits();
        var ran = new List<(string, int)>();
        foreach (var line in lines.Select(l => l.Trim()))
        {
            if (InstallLines.Contains(line))
            {
                continue;
            }

            Assert.StartsWith("fincomp ", line, StringComparison.Ordinal);
            ran.Add((line, Shell(line, environment)));
        }

        return ran;
    }

    [Fact]
    public void The_GitHub_Actions_example_annotates_and_writes_a_valid_SARIF_file()
    {
        var workflow = Examples().Single(e => e.Children.ContainsKey("jobs"));

        var ran = RunAll(GitHubLines(workflow), new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" });

        // The park holds one unit with errors: the check steps fail the job, as they should.
        Assert.Equal(2, ran.Count);
        Assert.All(ran, r => Assert.Equal(1, r.Code));
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(_workspace.Path, "fincomp.sarif")));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Contains(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(),
            r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == "units/dangqun-2023.yaml");
    }

    [Fact]
    public void The_GitLab_example_writes_a_JUnit_report_with_one_case_per_unit()
    {
        var pipeline = Examples().Single(e => !e.Children.ContainsKey("jobs"));

        var ran = RunAll(GitLabLines(pipeline), new Dictionary<string, string>());

        Assert.Equal(1, ran.Single().Code);
        var report = ((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)pipeline["fincomp"])["artifacts"])["reports"])["junit"].ToString();
        var suite = XDocument.Load(Path.Combine(_workspace.Path, report)).Root!.Element("testsuite")!;
        Assert.Equal(6, suite.Elements("testcase").Count());
        Assert.Equal("1", (string?)suite.Attribute("failures"));
    }
}
