using System.Globalization;
using Fincomp.Audit;
using Fincomp.Charts;
using Fincomp.Checks;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Document;
using Fincomp.Model;
using Fincomp.Narrative;
using Fincomp.Reference;

namespace Fincomp.Compilation;

/// <summary>
/// The facade of <c>fincomp build</c>: model → derived figures → templates (Markdown) → document tree, with tables,
/// charts and forms placed where the templates' directives say. Writing the tree to a file is
/// <see cref="ReportBuilder"/>'s job, so the same compiled document can feed any writer. Every compiled document is
/// audited (<see cref="SelfAudit"/>): a report that contradicts itself is not returned.
/// </summary>
internal static class ReportCompiler
{
    /// <summary>Compiles a unit with the built-in classification tables.</summary>
    public static CompileResult Compile(UnitYear unit, CompileOptions options)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return Compile(ReportFigures.Of(unit), options);
    }

    /// <summary>Compiles a unit from its derived figures: the text, the tables, the charts and the forms all read this one object.</summary>
    public static CompileResult Compile(ReportFigures figures, CompileOptions options) => Compile(figures, options, drawCharts: true);

    /// <summary>
    /// The compile, optionally without drawing the charts (their figures are left out of the document) or without the
    /// self-audit (only for the stage benchmarks, which time the audit as a stage of its own).
    /// </summary>
    internal static CompileResult Compile(ReportFigures figures, CompileOptions options, bool drawCharts, bool audit = true)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(options);
        var unit = figures.Unit;
        var diagnostics = new DiagnosticBag();
        var resolver = new DirectiveResolver(figures, drawCharts ? () => new ChartRenderer(new ChartRenderOptions { FontFile = options.ChartFontFile }) : null, options.ChartFontFile);
        var markdown = new NarrativeRenderer(options.TemplateDirectory) { MarkTemplates = true }.Render(figures, diagnostics);
        if (markdown is null)
        {
            return new CompileResult(null, diagnostics.Items);
        }

        var blocks = HeadingOutline.Tidy(new MarkdownReader(resolver.Resolve).Read(markdown, diagnostics));
        var title = blocks.OfType<Heading>().FirstOrDefault(h => h.Level == HeadingLevel.Title)?.Text.Replace("\n", string.Empty, StringComparison.Ordinal)
            ?? string.Create(CultureInfo.InvariantCulture, $"{unit.Unit.Name}{unit.Unit.Year}年度单位决算");
        var document = new ReportDocument(title, blocks) { Author = unit.Unit.Name };
        if (audit && !diagnostics.HasErrors)
        {
            diagnostics.AddRange(SelfAudit.Check(document, new UnitWording(ModelWalker.Texts(unit).Select(t => t.Text))));
        }

        return new CompileResult(diagnostics.HasErrors ? null : document, diagnostics.Items);
    }
}
