using Fincomp.Input;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Input;

/// <summary>The documented format and the published schema are generated from the model; these keep them current.</summary>
public sealed class FormatReferenceTests
{
    private const string Marker = "<!-- 以下由 FormatReference 生成 -->\n\n";

    [Fact]
    public void Docs_format_lists_every_key_of_the_model()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "docs", "format.md");
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var head = text[..(text.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)];

        GoldenFile.AssertMatches(path, head + FormatReference.Markdown());
    }

    [Fact]
    public void The_published_schema_is_the_generated_one() =>
        GoldenFile.AssertMatches(Path.Combine(TestPaths.RepositoryRoot, "docs", "fincomp.schema.json"), UnitSchema.Json());

    [Fact]
    public void The_schema_forbids_unknown_keys_and_requires_the_unit()
    {
        var schema = System.Text.Json.JsonDocument.Parse(UnitSchema.Json()).RootElement;

        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        Assert.Contains(schema.GetProperty("required").EnumerateArray(), e => e.GetString() == "unit");
        var line = schema.GetProperty("definitions").GetProperty("FunctionalLine");
        Assert.Equal("number", line.GetProperty("properties").GetProperty("actual").GetProperty("type").GetString());
        Assert.Contains(line.GetProperty("required").EnumerateArray(), e => e.GetString() == "code");
    }

    [Fact]
    public void The_sample_points_editors_at_the_schema()
    {
        var firstLine = File.ReadLines(TestPaths.Sample("dangqun-2023.yaml")).First();

        Assert.Equal("# yaml-language-server: $schema=../docs/fincomp.schema.json", firstLine);
    }
}
