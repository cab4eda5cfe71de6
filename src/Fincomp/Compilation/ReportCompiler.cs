using System.Globalization;
using Fincomp.Charts;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Document;
using Fincomp.Model;
using Fincomp.Narrative;

namespace Fincomp.Compilation;

/// <summary>
/// The facade of <c>fincomp build</c>: model → derived figures → templates (Markdown) → document tree, with tables,
/// charts and forms placed where the templates' directives say. Writing the tree to a file is
/// <see cref="ReportBuilder"/>'s job, so the same compiled document can feed any writer.
/// </summary>
public static class ReportCompiler
{
    public static CompileResult Compile(UnitYear unit, CompileOptions options)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag();
        var resolver = new DirectiveResolver(unit, () => new ChartRenderer(new ChartRenderOptions { FontFile = options.ChartFontFile }), options.ChartFontFile);
        var markdown = new NarrativeRenderer(options.TemplateDirectory).Render(new ReportFigures(unit), diagnostics);
        if (markdown is null)
        {
            return new CompileResult(null, diagnostics.Items);
        }

        var blocks = new MarkdownReader(resolver.Resolve).Read(markdown, diagnostics);
        var title = blocks.OfType<Heading>().FirstOrDefault(h => h.Level == HeadingLevel.Title)?.Text
            ?? string.Create(CultureInfo.InvariantCulture, $"{unit.Unit.Name}{unit.Unit.Year}年度单位决算");
        var document = new ReportDocument(title, blocks) { Author = unit.Unit.Name };
        return new CompileResult(diagnostics.HasErrors ? null : document, diagnostics.Items);
    }
}
