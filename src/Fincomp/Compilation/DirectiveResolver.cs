using System.Globalization;
using Fincomp.Charts;
using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Document;
using Fincomp.Narrative;
using Fincomp.Tables;

namespace Fincomp.Compilation;

/// <summary>
/// Places what C# builds where the template's directives say: "figure figN" (left out when the unit has no such
/// chart, e.g. 图7 without "三公" spending; the figures placed are numbered 图1, 图2, … in document order), "table tableN", "form unit" and "form project N". The unit's charts start
/// drawing on another thread as soon as the resolver exists, so on a machine with a second core they are ready by the
/// time the templates have produced the text that places them.
/// </summary>
internal sealed class DirectiveResolver
{
    private readonly ReportFigures _figures;
    private readonly Task<(IReadOnlyList<(ChartSpec Spec, ChartPicture Picture)> Charts, string Missing)> _charts;
    private readonly Lazy<IReadOnlyList<StandardTable>> _tables;
    private readonly string? _fontFile;
    /// <summary>
    /// How many times over a document may place what the unit has (each chart, each standard table, each form): a report
    /// places each once; a template looping over a directive would otherwise make a document of gigabytes.
    /// </summary>
    public const int MaxPlacementsPerItem = 4;

    private readonly Dictionary<string, int> _placed = new(StringComparer.Ordinal);
    private bool _fontReported;
    private int _figuresPlaced;

    /// <param name="charts">
    /// Makes the renderer; called on the drawing thread, since loading the chart font is part of the work. Null leaves
    /// the figures out (the audit tests compile thousands of units, whose text and tables do not depend on the pictures).
    /// </param>
    /// <param name="fontFile">The chart font file (--chart-font), to name it when it lacks characters the charts need.</param>
    public DirectiveResolver(ReportFigures figures, Func<ChartRenderer>? charts, string? fontFile = null)
    {
        _figures = figures;
        _fontFile = fontFile;
        _charts = charts is null
            ? Task.FromResult<(IReadOnlyList<(ChartSpec, ChartPicture)>, string)>(([], ""))
            : Task.Run(() =>
            {
                var renderer = charts();
                var specs = ChartCatalog.For(figures);
                return ((IReadOnlyList<(ChartSpec, ChartPicture)>)specs.Select(spec => (spec, renderer.RenderPng(spec))).ToList(), renderer.MissingCharacters(specs));
            });
        _tables = new(() => StandardTables.For(figures));
    }

    public IEnumerable<Block> Resolve(Directive directive, DiagnosticBag diagnostics)
    {
        if (IsPastLimit(directive, diagnostics))
        {
            return [];
        }

        var argument = directive.Arguments.Count > 0 ? directive.Arguments[0] : string.Empty;
        switch (directive.Name)
        {
            case "figure" when IsFigureKey(argument):
                return Figure(argument, diagnostics);
            case "table" when argument == BudgetUnitsTable.Key:
                return [BudgetUnitsTable.Build(_figures)];
            case "table":
                var table = _tables.Value.FirstOrDefault(t => t.Key == argument);
                if (table is not null)
                {
                    return [table.Table];
                }

                break;
            case "form" when argument == "unit":
                return PerformanceForms.UnitForm(_figures.Unit) is { } unitForm ? [unitForm] : [];
            case "form" when argument == "project" && directive.Arguments.Count > 1
                && int.TryParse(directive.Arguments[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && number >= 1 && number <= _figures.ProjectForms.Count:
                return [PerformanceForms.ProjectForm(_figures, number - 1)];
        }

        diagnostics.Error(
            NarrativeCodes.UnknownDirective,
            DirectiveSource.Locate(directive),
            $"模板输出的指令“::: {directive.Name} {string.Join(' ', directive.Arguments)}”无法识别：可用 figure fig1–{ChartCaptions.Key(ChartCaptions.Count)}、table {StandardTables.KeyOf(1)}–{StandardTables.KeyOf(StandardTables.Count)}、table {BudgetUnitsTable.Key}、form unit、form project N、title、center、right、pagebreak。");
        return [];
    }

    /// <summary>
    /// Whether <paramref name="directive"/> places one figure, table or form more than the document can hold; the first
    /// one past the limit is an error at the template line that wrote it (later ones add nothing, and no message).
    /// </summary>
    private bool IsPastLimit(Directive directive, DiagnosticBag diagnostics)
    {
        var (items, what) = directive.Name switch
        {
            "figure" => (ChartCaptions.Count, "图"),
            "table" => (StandardTables.Count, "表"),
            "form" => (_figures.ProjectForms.Count + 1, "绩效表"),
            _ => (0, ""),
        };
        if (items == 0)
        {
            return false;
        }

        var limit = items * MaxPlacementsPerItem;
        var placed = _placed[directive.Name] = _placed.GetValueOrDefault(directive.Name) + 1;
        if (placed == limit + 1)
        {
            diagnostics.Error(NarrativeCodes.TemplateRuntime, DirectiveSource.Locate(directive), string.Create(CultureInfo.InvariantCulture,
                $"模板放置的“::: {directive.Name}”超过 {limit} 个（本单位可放的{what}共 {items} 个，每个至多放 {MaxPlacementsPerItem} 次），多半是循环写错了：报告不生成。"));
        }

        return placed > limit;
    }

    /// <summary>"fig1" … "fig7" (<see cref="ChartCaptions"/>): a misspelt name is an error, not a chart silently left out.</summary>
    private static bool IsFigureKey(string key) =>
        Enumerable.Range(1, ChartCaptions.Count).Any(number => key == ChartCaptions.Key(number));

    private IEnumerable<Block> Figure(string key, DiagnosticBag diagnostics)
    {
        IReadOnlyList<(ChartSpec Spec, ChartPicture Picture)> charts;
        string missing;
        try
        {
            (charts, missing) = _charts.GetAwaiter().GetResult();
        }
        catch (ChartFontException exception)
        {
            // The --chart-font file is missing or not a font: a message about the font (once), not an internal error.
            if (!_fontReported)
            {
                _fontReported = true;
                diagnostics.Error(NarrativeCodes.ChartFontUnusable, SourceSpan.StartOf(exception.FontFile), exception.Message);
            }

            return [];
        }

        if (missing.Length > 0 && !_fontReported)
        {
            _fontReported = true;
            diagnostics.Add(new Diagnostic(NarrativeCodes.ChartFontLacksChinese, Severity.Warning, ChartRenderer.MissingGlyphsMessage(_fontFile, missing), SourceSpan.StartOf(_fontFile ?? "--chart-font")));
        }

        foreach (var (spec, chart) in charts)
        {
            if (spec.Key == key)
            {
                // Numbered in the order placed: a figure left out (no last year, nothing to draw) leaves no gap.
                return [new Figure(spec.Key, ChartCaptions.Of(spec.Number, ++_figuresPlaced), chart.Png, chart.PixelWidth, chart.PixelHeight)];
            }
        }

        return [];
    }
}
