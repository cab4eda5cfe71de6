namespace Fincomp.Document;

/// <summary>
/// Applies <see cref="ChineseTypography"/> to every text of a document tree (headings, paragraphs, table titles,
/// notes and cells, figure captions) once, after the tree is built, so that no writer and no template needs to care.
/// </summary>
public static class TypographyPass
{
    public static IReadOnlyList<Block> Apply(IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return blocks.Select(Apply).ToList();
    }

    private static Block Apply(Block block) => block switch
    {
        Heading heading => heading with { Text = ChineseTypography.Apply(heading.Text) },
        Paragraph paragraph => paragraph with { Runs = paragraph.Runs.Select(r => r with { Text = ChineseTypography.Apply(r.Text) }).ToList() },
        Table table => table with
        {
            Title = Text(table.Title),
            Note = Text(table.Note),
            Rows = table.Rows.Select(r => r with { Cells = r.Cells.Select(c => c with { Text = ChineseTypography.Apply(c.Text) }).ToList() }).ToList(),
        },
        Figure figure => figure with { Caption = ChineseTypography.Apply(figure.Caption) },
        _ => block,
    };

    private static string? Text(string? text) => text is null ? null : ChineseTypography.Apply(text);
}
