using Fincomp.Compilation;
using Fincomp.Tests.Support;
using Fincomp.Writers.Docx;
using Xunit;

namespace Fincomp.Tests.Docx;

/// <summary>The sample report as LibreOffice renders it: the key sentences are in the PDF's text, charts' captions too.</summary>
public sealed class SampleThroughLibreOfficeTests
{
    [LibreOfficeFact]
    public void LibreOffice_renders_the_sample_report_with_its_key_sentences()
    {
        var compiled = ReportCompiler.Compile(TestPaths.LoadSample(), new CompileOptions());
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics));
        using var docx = new MemoryStream();
        new DocxWriter(new DocxOptions()).Write(compiled.Document!, docx);
        var work = Directory.CreateTempSubdirectory("fincomp-lo-sample-");
        try
        {
            // pdftotext breaks lines wherever the page does; compare without any white space.
            var text = Squeeze(LibreOffice.ConvertToPdfText(docx.ToArray(), work.FullName));

            foreach (var sentence in new[]
            {
                "2023年度收、支总计均为837.44万元。与2022年度相比，收、支总计各减少54.15万元，下降6.07%。",
                "基本支出188.49万元，占22.51%；项目支出648.95万元，占77.49%",
                "一般公共服务支出773.13万元，占92.32%",
                "城乡社区支出55.6万元，占6.64%",
                "党群部下设5个",
                "图1：收、支决算总计变动情况图（柱状图）",
                "图6：一般公共预算财政拨款支出决算结构（饼状图）",
                "第五部分",
            })
            {
                Assert.Contains(Squeeze(sentence), text, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("减少0万元", text, StringComparison.Ordinal);
            Assert.DoesNotContain("图7：", text, StringComparison.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
