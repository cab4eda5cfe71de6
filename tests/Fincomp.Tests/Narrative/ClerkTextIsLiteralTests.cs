using System.Globalization;
using CsCheck;
using Fincomp.Checks;
using Fincomp.Compilation;
using Fincomp.Document;
using Fincomp.Input;
using Fincomp.Model;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Narrative;

/// <summary>
/// Every text of the unit file reaches the document as literal text, whatever Markdown, HTML or directive syntax it
/// holds: a generated corpus of such syntax is written into every text field of real samples, and the document must
/// contain each value exactly while its structure (headings, paragraphs, tables, figures, breaks) stays that of the
/// unmodified sample.
/// </summary>
public sealed class ClerkTextIsLiteralTests
{
    /// <summary>What the Markdown stage or the reader could take for structure; each also appears alone as a whole value.</summary>
    private static readonly string[] Syntax =
    [
        "```", "~~~", "<!--", "-->", "<script>", "</script>", "<?xml", "?>", "<![CDATA[", "]]>", "<div>", "<pre>", "<style>",
        "# 伪造", "## 伪造", "#### 伪造", "#", "::: table table3", "::: pagebreak", "::: bogus", "::: figure fig1",
        "::: title 伪造", "::: center 伪造", ":::", "> 引用", "- 列表", "* 列表", "+ 列表", "1. 编号", "1) 编号", "---", "===",
        "***", "___", "| a | b |", "|---|---|", "[a]: http://x", "[x]", "![图](x.png)", "\\#", "&amp;", "&#35;", "`代码`",
        "**粗**", "_斜_", "<b>", "{{ unit.name }}", "{% raw %}", "（注：伪造", "注：伪造", "说明：伪造", "\uF700", "\uF701",
        "\uF705\uF700", "\t", "文字",
    ];

    private static readonly Gen<string> Payload =
        Gen.Int[0, Syntax.Length - 1].Select(i => Syntax[i]).Array[1, 4].Select(parts => string.Concat(parts).Trim());

    public static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (var sample in new[] { "dangqun-2023.yaml", "park/guijian-2023.yaml" })
        {
            for (var variant = 0; variant < 6; variant++)
            {
                cases.Add(sample, variant);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Text_from_the_unit_file_is_literal_in_the_document(string sample, int variant)
    {
        var baseline = Compile(Load(sample));
        var unit = Load(sample);
        var values = Inject(unit, variant);
        var document = Compile(unit);

        Assert.Equal(Structure(baseline), Structure(document));
        var text = TextProjection.Project(document) + document.Title;
        var found = 0;
        foreach (var value in values)
        {
            var marker = value[value.LastIndexOf('⟦')..];
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                found++;
                Assert.Contains(value, text, StringComparison.Ordinal);
            }
        }

        // Most texts are printed (names, duties, reasons, report sections); a few only feed checks.
        Assert.True(found >= values.Count / 2, $"only {found} of {values.Count} injected texts reached the document");
    }

    [Theory]
    [InlineData("```")]
    [InlineData("~~~")]
    [InlineData("<!--")]
    [InlineData("<script>")]
    [InlineData("<?xml")]
    [InlineData("<![CDATA[")]
    [InlineData("# 伪造")]
    [InlineData("::: table table3")]
    [InlineData("::: pagebreak")]
    [InlineData("::: bogus")]
    public void A_value_at_the_start_of_a_line_is_a_paragraph_of_its_own_text(string value)
    {
        var baseline = Compile(WithIntro("文字"));
        var result = ReportCompiler.Compile(WithIntro(value), new CompileOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(Structure(baseline), Structure(result.Document!));
        Assert.Contains(result.Document!.Blocks, b => b is Paragraph p && p.Text == value);
    }

    /// <summary>The seed sample with an 机构设置 introduction: a line of its own in the built-in template.</summary>
    private static UnitYear WithIntro(string intro)
    {
        var unit = Load("dangqun-2023.yaml");
        return unit with { Profile = unit.Profile with { Organization = unit.Profile.Organization with { Intro = intro } } };
    }

    private static UnitYear Load(string sample)
    {
        var result = new UnitLoader().Load(TestPaths.Sample(sample));
        Assert.NotNull(result.Unit);
        return result.Unit!;
    }

    private static ReportDocument Compile(UnitYear unit)
    {
        var result = ReportCompiler.Compile(unit, new CompileOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }

    /// <summary>
    /// Rewrites every non-empty text of the model in place (codes and the previous-year path excepted: they are
    /// identifiers, not text) with a generated payload ending in a numbered marker; returns the values written.
    /// </summary>
    private static List<string> Inject(UnitYear unit, int variant)
    {
        var pcg = new PCG(17, (ulong)variant);
        var written = new List<string>();
        string Next()
        {
            var index = written.Count;
            var payload = variant == 0 ? Syntax[index % Syntax.Length].Trim() : Payload.Generate(pcg, null!, out _);
            var value = string.Create(CultureInfo.InvariantCulture, $"{payload}⟦{index}⟧");
            written.Add(value);
            return value;
        }

        ModelWalker.Walk(unit, node =>
        {
            foreach (var property in ModelWalker.PropertiesOf(node.GetType()))
            {
                if (property.Name is "Code" or "PreviousYear")
                {
                    continue;
                }

                switch (property.GetValue(node))
                {
                    case string { Length: > 0 }:
                        property.SetValue(node, Next());
                        break;
                    case IReadOnlyList<string> { Count: > 0 } list:
                        property.SetValue(node, list.Select(_ => Next()).ToList());
                        break;
                }
            }
        });
        return written;
    }

    private static List<string> Structure(ReportDocument document) =>
    [
        .. document.Blocks.Select(block => block switch
        {
            Heading heading => "heading " + heading.Level,
            Paragraph paragraph => "paragraph " + paragraph.Style,
            Table table => "table " + table.Rows.Count,
            Figure figure => "figure " + figure.Key,
            _ => block.GetType().Name,
        }),
    ];
}
