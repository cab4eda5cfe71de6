using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Narrative;
using Fincomp.Tests.Checks;
using Xunit;

namespace Fincomp.Tests.Narrative;

/// <summary>
/// The 名词解释 defines only terms the document uses: “三公”经费 only when section 七 is printed (the unit wrote
/// three_public), 机关运行经费 only when 十（一） is printed (the unit gave its amount).
/// </summary>
public sealed class GlossaryTermsTests
{
    private const string ThreePublicTerm = ".“三公”经费：";
    private const string OperatingCostsTerm = ".机关运行经费：";

    [Fact]
    public void A_unit_with_both_sections_has_both_terms_explained()
    {
        var glossary = Glossary(ConsistentUnit.Yaml);

        Assert.Contains(ThreePublicTerm, glossary, StringComparison.Ordinal);
        Assert.Contains(OperatingCostsTerm, glossary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_without_three_public_has_no_three_public_term()
    {
        var glossary = Glossary(WithoutBlock(ConsistentUnit.Yaml, "\nthree_public:\n", "\noperating_costs:\n"));

        Assert.DoesNotContain("三公", glossary, StringComparison.Ordinal);
        Assert.Contains(OperatingCostsTerm, glossary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_without_operating_costs_has_no_operating_costs_term_and_the_numbers_close_up()
    {
        var glossary = Glossary(WithoutBlock(ConsistentUnit.Yaml, "\noperating_costs:\n", "\nprocurement:\n"));

        Assert.DoesNotContain("机关运行经费", glossary, StringComparison.Ordinal);
        Assert.Contains(ThreePublicTerm, glossary, StringComparison.Ordinal);
        var numbers = glossary.Split('\n').Select(l => l.Split('.')[0]).Where(n => n.All(char.IsAsciiDigit) && n.Length > 0).Select(int.Parse).ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
    }

    /// <summary>The rendered 名词解释 part: from its heading to the next part's.</summary>
    private static string Glossary(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var text = new NarrativeRenderer().Render(ReportFigures.Of(TestUnits.Load(yaml)), diagnostics);
        Assert.NotNull(text);
        var start = text.IndexOf(" 名词解释\n", StringComparison.Ordinal);
        Assert.True(start > 0, "no 名词解释 part");
        var end = text.IndexOf("\n# ", start, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    /// <summary>The unit file without the block from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    private static string WithoutBlock(string yaml, string from, string to)
    {
        var start = yaml.IndexOf(from, StringComparison.Ordinal);
        var end = yaml.IndexOf(to, start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"the unit file has no {from.Trim()} block before {to.Trim()}");
        return yaml[..(start + 1)] + yaml[(end + 1)..];
    }
}
