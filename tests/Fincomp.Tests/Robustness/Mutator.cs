using CsCheck;

namespace Fincomp.Tests.Robustness;

/// <summary>
/// Seeded text mutations in the spirit of a mutation fuzzer: cut, duplicate, swap and splice pieces of real inputs,
/// and insert tokens that are meaningful to YAML or Scriban. Generation runs from a fixed <see cref="PCG"/> seed, so
/// iteration i is the same input on every machine.
/// </summary>
internal static class Mutator
{
    private static readonly string[] YamlTokens =
    [
        ":", ": ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "!!str ", "!!binary ", "\"", "'", "\t", "\n", "\r\n", "#", "|", ">",
        "? ", "---\n", "...\n", "%YAML 1.1\n", "~", "null", "true", "-1", "1e999", "1,234.56", ".nan", "-.inf", "0x1F",
        "99999999999999999999999999999", "0.0000001", "1.2345678", "2023", "\u3000", "\u00A0", "\u0007", "\u200B", "\uFEFF",
        "测试单位", "行政单位", "previous_year: x.yaml\n", "<<: *a\n", "\\", "%", "@", "`",
    ];

    private static readonly string[] TemplateTokens =
    [
        "{{", "}}", "{{ end }}", "{{ if true }}", "{{ for x in 1..3 }}", "{{ while false }}", "{{ include 'report.scriban' }}",
        "{{ unit.name }}", "{{ totals.income_total }}", "{{ x = 1 }}", "{{ func f; ret 1; end }}", "|", " | string.upcase",
        "{{ amount 1.5 }}", "{{ change 1 2 }}", "{{ share 1 0 }}", "{{ 1 / 0 }}", "{{ nothing }}", "\"", "'", "(", ")", "[", "]",
        "\n", "::: ", "::: table 1", "::: figure x", "# ", "| a | b |\n|---|---|\n", "{%", "%}", "{{-", "-}}", "\u0000",
    ];

    /// <summary>A mutation of one of <paramref name="seeds"/>, with YAML-flavoured tokens.</summary>
    public static Gen<string> Yaml(IReadOnlyList<string> seeds) => Mutations(seeds, YamlTokens);

    /// <summary>A mutation of one of <paramref name="seeds"/>, with Scriban-flavoured tokens.</summary>
    public static Gen<string> Template(IReadOnlyList<string> seeds) => Mutations(seeds, TemplateTokens);

    /// <summary>One of <paramref name="names"/> with a mutation of its own text from <paramref name="texts"/>.</summary>
    public static Gen<(string Name, string Text)> NamedTemplate(IReadOnlyList<string> names, IReadOnlyList<string> texts) =>
        from index in Gen.Int[0, names.Count - 1]
        from text in Template([texts[index]])
        select (names[index], text);

    /// <summary>The <paramref name="count"/> inputs of a campaign, the same for the same seed.</summary>
    public static IEnumerable<T> Campaign<T>(Gen<T> gen, ulong seed, int count)
    {
        var pcg = new PCG(1, seed);
        for (var i = 0; i < count; i++)
        {
            yield return gen.Generate(pcg, null!, out _);
        }
    }

    private static Gen<string> Mutations(IReadOnlyList<string> seeds, string[] tokens) =>
        from seed in Gen.Int[0, seeds.Count - 1]
        from steps in Gen.Int[1, 6]
        from operations in Gen.Select(Gen.Int[0, 5], Gen.Double[0, 1], Gen.Double[0, 1], Gen.Int[0, tokens.Length - 1]).Array[steps]
        select Apply(seeds[seed], operations, tokens);

    private static string Apply(string text, (int Kind, double A, double B, int Token)[] operations, string[] tokens)
    {
        foreach (var (kind, a, b, token) in operations)
        {
            var start = (int)(a * text.Length);
            var length = Math.Min(text.Length - start, (int)(b * 64));
            text = kind switch
            {
                0 => text.Remove(start, length),
                1 => text.Insert(start, tokens[token]),
                2 => text.Insert(start, text.Substring(start, length)),
                3 => text.Insert((int)(b * text.Length), text.Substring(start, length)),
                4 => text.Remove(start, length).Insert(start, tokens[token]),
                _ => SwapLines(text, a, b),
            };
        }

        return text;
    }

    private static string SwapLines(string text, double a, double b)
    {
        var lines = text.Split('\n');
        var i = Math.Min((int)(a * lines.Length), lines.Length - 1);
        var j = Math.Min((int)(b * lines.Length), lines.Length - 1);
        (lines[i], lines[j]) = (lines[j], lines[i]);
        return string.Join('\n', lines);
    }
}
