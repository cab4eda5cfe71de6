using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Fincomp.Narrative;

/// <summary>
/// Renders the report's text as Markdown from the templates, starting at <see cref="EntryTemplate"/>. Scriban runs
/// strict: an unknown variable or member is an error naming the template file, line and column; loops, recursion and
/// output are capped so a faulty template cannot hang or flood the build.
/// </summary>
internal sealed class NarrativeRenderer
{
    /// <summary>The template rendered first; it includes the part and section templates in reading order.</summary>
    public const string EntryTemplate = "report.scriban";

    private const int LoopLimit = 100_000;
    private const int OutputLimit = 4_000_000;

    /// <summary>Far above what rendering a real unit allocates (a few MB), far below what would strain a build machine.</summary>
    private const long AllocationLimit = 512L * 1024 * 1024;

    private readonly string? _templateDirectory;

    /// <param name="templateDirectory">A bureau's folder whose files replace the pack's templates by name, or null.</param>
    public NarrativeRenderer(string? templateDirectory = null) => _templateDirectory = templateDirectory;

    /// <summary>
    /// Frame each template's text with "::: template NAME" lines (see <see cref="TemplateMarkingInclude"/>), so the
    /// compiled document knows which template printed each block. Off for callers that want the plain Markdown.
    /// </summary>
    public bool MarkTemplates { get; init; }

    /// <summary>How long one render may run; a real unit renders in well under a second.</summary>
    internal TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The Markdown text, or null with the reasons in <paramref name="diagnostics"/>.</summary>
    public string? Render(ReportFigures figures, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var loader = new TemplateLoader(_templateDirectory, figures.Unit.Settings.TemplatePack);
        string key;
        try
        {
            key = loader.Resolve(EntryTemplate);
        }
        catch (TemplateNameException e)
        {
            diagnostics.Error(e.Code, SourceSpan.StartOf(EntryTemplate), e.Message);
            return null;
        }

        var context = new BoundedTemplateContext(AllocationLimit, TimeLimit)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = 64,
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            LimitToString = OutputLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            TemplateLoader = loader,
            NewLine = "\n",
        };
        foreach (var (cachedKey, cached) in ParsedTemplates.ValidFor(loader))
        {
            context.CachedTemplates[cachedKey] = cached;
        }

        context.PushGlobal(TemplateModel.Build(figures));
        if (MarkTemplates && context.BuiltinObject["include"] is IScriptCustomFunction include)
        {
            var marking = new ScriptObject { ["include"] = new TemplateMarkingInclude(include, loader, key) };
            context.PushGlobal(marking);
        }

        var template = Parse(key, diagnostics);
        if (template is null)
        {
            return null;
        }

        try
        {
            var text = template.Render(context);
            if (MarkTemplates)
            {
                text = TemplateMarkingInclude.Marker(key) + text;
            }

            foreach (var (includedKey, included) in context.CachedTemplates)
            {
                if (TemplateLoader.IsBuiltIn(includedKey) || loader.ServedText(includedKey) is not null)
                {
                    ParsedTemplates.Remember(includedKey, loader.ServedText(includedKey), included);
                }
            }

            return text;
        }
        catch (ScriptParserRuntimeException e)
        {
            // An included template that does not parse: report its own errors, not only the include line.
            foreach (var message in e.ParserMessages)
            {
                diagnostics.Error(NarrativeCodes.TemplateSyntax, At(message.Span, key), TemplateSyntaxText.Explain(message.Message));
            }

            if (e.ParserMessages.Count == 0)
            {
                diagnostics.Error(NarrativeCodes.TemplateSyntax, At(e.Span, key), TemplateSyntaxText.Explain(e.OriginalMessage));
            }

            return null;
        }
        catch (RefusedTemplateNameException e)
        {
            diagnostics.Error(e.Code, At(e.Span, key), e.OriginalMessage);
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(NarrativeCodes.TemplateRuntime, At(e.Span, key), TemplateRuntimeText.Explain(e.OriginalMessage));
            return null;
        }
    }

    private static Template? Parse(string key, DiagnosticBag diagnostics)
    {
        var text = TemplateLoader.Read(key);
        if (ParsedTemplates.Find(key, text) is { } cached)
        {
            return cached;
        }

        var template = Template.Parse(text, key);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages)
            {
                diagnostics.Error(NarrativeCodes.TemplateSyntax, At(message.Span, key), TemplateSyntaxText.Explain(message.Message));
            }

            return null;
        }

        ParsedTemplates.Remember(key, text, template);
        return template;
    }

    private static SourceSpan At(Scriban.Parsing.SourceSpan span, string fallbackFile)
    {
        // Scriban marks an error at the end of the text (an unfinished expression) with no start; its end is where it is.
        var position = span.Start.Line >= 0 ? span.Start : span.End;
        return new(string.IsNullOrEmpty(span.FileName) ? fallbackFile : span.FileName, Math.Max(1, position.Line + 1), Math.Max(1, position.Column + 1));
    }
}
