using System.Text.Json;
using System.Text.Json.Nodes;
using Fincomp.Input;
using Fincomp.Tests.Checks;
using Json.Schema;
using Xunit;

namespace Fincomp.Tests.Input;

/// <summary>The editor's schema and the loader give the same verdict on codes and years.</summary>
public sealed class SchemaAgreementTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(UnitSchema.Json())!.AsObject();

    private static bool Valid(JsonNode subschema, string instanceJson)
    {
        var schema = JsonSchema.FromText(subschema.ToJsonString());
        using var instance = JsonDocument.Parse(instanceJson);
        return schema.Evaluate(instance.RootElement).IsValid;
    }

    private static JsonNode Property(string definition, string key) => Schema["definitions"]![definition]!["properties"]![key]!;

    [Theory]
    [InlineData("2010301", true)]
    [InlineData("20103", true)]
    [InlineData("201", true)]
    [InlineData("201030", false)]
    [InlineData("20", false)]
    public void A_code_gets_the_same_verdict_quoted_or_not_and_the_loader_reads_both_alike(string code, bool valid)
    {
        var schema = Property("FunctionalLine", "code");

        Assert.Equal(valid, Valid(schema, $"\"{code}\""));
        Assert.Equal(valid, Valid(schema, code));
        Assert.False(Valid(schema, "\"20103x\""));
        var quoted = new UnitLoader().LoadText(TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "code: \"2010301\"", $"code: \"{code}\""), "a.yaml");
        var plain = new UnitLoader().LoadText(TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "code: \"2010301\"", $"code: {code}"), "a.yaml");
        Assert.Equal(quoted.Succeeded, plain.Succeeded);
        Assert.Equal(quoted.Unit?.Functional.Lines.Select(l => l.Code), plain.Unit?.Functional.Lines.Select(l => l.Code));
    }

    [Theory]
    [InlineData(1989, false)]
    [InlineData(1990, true)]
    [InlineData(2100, true)]
    [InlineData(2101, false)]
    public void Year_bounds_are_the_loader_s(int year, bool valid)
    {
        Assert.Equal(valid, Valid(Property("UnitIdentity", "year"), year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var loaded = new UnitLoader().LoadText(TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "year: 2023", $"year: {year}"), "a.yaml");
        Assert.Equal(valid, !loaded.Diagnostics.Any(d => d.Code == InputCodes.OutOfRange));
    }

    [Fact]
    public void Enum_values_are_the_words_the_loader_accepts()
    {
        var words = Property("UnitIdentity", "kind")["enum"]!.AsArray().Select(w => w!.GetValue<string>()).ToList();

        Assert.NotEmpty(words);
        Assert.All(words, word => Assert.True(
            new UnitLoader().LoadText(TestUnits.ReplaceOnce(ConsistentUnit.Yaml, "kind: 行政单位", $"kind: {word}"), "a.yaml").Succeeded, word));
    }
}
