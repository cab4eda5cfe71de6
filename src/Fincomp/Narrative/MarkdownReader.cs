using Fincomp.Diagnostics;
using Fincomp.Document;
using Markdig;
using Markdig.Syntax;
using Block = Fincomp.Document.Block;
using Heading = Fincomp.Document.Heading;
using Paragraph = Fincomp.Document.Paragraph;

namespace Fincomp.Narrative;

/// <summary>
/// Turns the templates' Markdown into document blocks: "#"–"####" headings become parts, sections, sub-sections and
/// items; every other line is one paragraph, taken verbatim so a clerk's "*" or "1." is never reinterpreted; a
/// paragraph starting with "（注：" or "说明：" is a note; "::: …" lines are directives. Title (consecutive title lines
/// make one title of several lines), cover, centred, right-aligned, page-break, contents and body directives are
/// handled here; the rest (figures, tables, forms) go to the resolver. A "::: template NAME" line (written by the
/// renderer when it marks includes) names the template of the blocks after it.
/// Text from the unit file arrives encoded (<see cref="LiteralText"/>), so only the templates' own text can make
/// structure; every text taken from a block is decoded back to what the clerk wrote.
/// </summary>
internal sealed class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>The directive that names the template printing the lines after it (<see cref="NarrativeRenderer.MarkTemplates"/>).</summary>
    public const string TemplateDirective = "template";

    private readonly Func<Directive, DiagnosticBag, IEnumerable<Block>> _resolve;

    /// <summary>The "::: template" marks read so far: each added two lines to the Markdown (see <see cref="TemplateMarkingInclude.Marker"/>).</summary>
    private int _markers;

    public MarkdownReader(Func<Directive, DiagnosticBag, IEnumerable<Block>> resolve) => _resolve = resolve;

    public IReadOnlyList<Block> Read(string markdown, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = new List<Block>();
        string? template = null;
        _markers = 0;
        foreach (var block in Markdown.Parse(text, Pipeline))
        {
            var raw = block.Span.IsEmpty ? string.Empty : text.Substring(block.Span.Start, block.Span.Length);
            if (block is HeadingBlock { IsSetext: false } heading)
            {
                blocks.Add(new Heading(LevelOf(heading.Level), Printed(raw.Trim().TrimStart('#').Trim())) { Template = template });
                continue;
            }

            var lineNumber = block.Line + 1;
            foreach (var line in raw.Split('\n'))
            {
                template = ReadLine(line.Trim(), lineNumber++, template, blocks, diagnostics);
            }
        }

        return blocks;
    }

    /// <summary>Reads one line into <paramref name="blocks"/>; returns the template of the lines that follow.</summary>
    private string? ReadLine(string line, int lineNumber, string? template, List<Block> blocks, DiagnosticBag diagnostics)
    {
        if (line.Length == 0)
        {
            return template;
        }

        if (!line.StartsWith(":::", StringComparison.Ordinal))
        {
            var punctuated = ChineseTypography.Apply(line);
            blocks.Add(new Paragraph(LiteralText.Decode(punctuated), IsNote(punctuated) ? ParagraphStyle.Note : ParagraphStyle.Body) { Template = template });
            return template;
        }

        var body = line[3..].Trim();
        var split = body.IndexOf(' ', StringComparison.Ordinal);
        var name = LiteralText.Decode(split < 0 ? body : body[..split]);
        var encodedRest = split < 0 ? string.Empty : body[(split + 1)..].Trim();
        var rest = Printed(encodedRest);
        switch (name)
        {
            case TemplateDirective:
                _markers++;
                return encodedRest.Length == 0 ? null : LiteralText.Decode(encodedRest);
            case "title" when blocks.Count > 0 && blocks[^1] is Heading { Level: HeadingLevel.Title } first:
                // A second title line continues the title on a new line (the unit's name, then "2023年度部门决算").
                blocks[^1] = first with { Text = first.Text + "\n" + rest };
                break;
            case "title":
                blocks.Add(new Heading(HeadingLevel.Title, rest) { Template = template });
                break;
            case "cover":
                blocks.Add(new Paragraph(rest, ParagraphStyle.Cover) { Template = template });
                break;
            case "contents":
                blocks.Add(new Contents { Template = template });
                break;
            case "body":
                blocks.Add(new BodyStart { Template = template });
                break;
            case "center":
                blocks.Add(new Paragraph(rest, ParagraphStyle.Centered) { Template = template });
                break;
            case "right":
                blocks.Add(new Paragraph(rest, ParagraphStyle.Right) { Template = template });
                break;
            case "pagebreak":
                blocks.Add(new PageBreak { Template = template });
                break;
            default:
                // Arguments are names (fig1, table3), not prose: no typography. Lines are those of the Markdown without the marks.
                var arguments = LiteralText.Decode(encodedRest).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                blocks.AddRange(_resolve(new Directive(name, arguments, lineNumber - (2 * _markers)) { Template = template }, diagnostics).Select(b => b with { Template = template }));
                break;
        }

        return template;
    }

    /// <summary>
    /// The printed text of a block: Chinese punctuation (<see cref="ChineseTypography"/>) for the templates' own text,
    /// applied while the unit file's text is still encoded, so the clerk's characters are printed exactly as written;
    /// then decoded.
    /// </summary>
    private static string Printed(string encoded) => LiteralText.Decode(ChineseTypography.Apply(encoded));

    private static bool IsNote(string line) =>
        line.StartsWith("（注：", StringComparison.Ordinal) || line.StartsWith("注：", StringComparison.Ordinal)
        || line.StartsWith("说明：", StringComparison.Ordinal);

    private static HeadingLevel LevelOf(int markdownLevel) => markdownLevel switch
    {
        1 => HeadingLevel.Part,
        2 => HeadingLevel.Section,
        3 => HeadingLevel.Subsection,
        _ => HeadingLevel.Item,
    };
}
