using System.Text;

namespace Fincomp.Document;

/// <summary>How each kind of block reads in the <see cref="TextProjection"/>.</summary>
internal sealed class TextProjectionWriter : IBlockVisitor
{
    private readonly StringBuilder _text = new();

    public void Visit(Heading heading) =>
        _text.Append(Marks(heading.Level)).Append(' ').Append(heading.Text.Replace('\n', ' ')).Append('\n');

    public void Visit(Paragraph paragraph) => _text.Append(paragraph.Text).Append('\n');

    public void Visit(Table table)
    {
        if (table.Title is not null)
        {
            _text.Append("[表] ").Append(table.Title).Append('\n');
        }

        if (table.UnitLine is not null)
        {
            _text.Append(table.UnitLine).Append('\n');
        }

        foreach (var row in table.Rows)
        {
            _text.Append(string.Join('\t', row.Cells.Select(c => c.Text.Replace('\n', ' ')))).Append('\n');
        }

        if (table.Note is not null)
        {
            _text.Append(table.Note).Append('\n');
        }
    }

    public void Visit(Figure figure) => _text.Append('[').Append(figure.Caption).Append("]\n");

    public void Visit(PageBreak pageBreak) => _text.Append("----\n");

    public void Visit(Contents contents) => _text.Append("[目录]\n");

    public void Visit(BodyStart bodyStart) => _text.Append("====\n");

    public override string ToString() => _text.ToString();

    private static string Marks(HeadingLevel level) => level == HeadingLevel.Title ? "=" : new string('#', (int)level);
}
