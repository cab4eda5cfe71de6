namespace Fincomp.Document;

/// <summary>
/// What an output does with each kind of <see cref="Block"/>: the Word and HTML writers and the golden text projection
/// implement it, so a new kind of block is one more method here, which every output must then answer for.
/// </summary>
public interface IBlockVisitor
{
    void Visit(Heading heading);

    void Visit(Paragraph paragraph);

    void Visit(Table table);

    void Visit(Figure figure);

    void Visit(PageBreak pageBreak);

    void Visit(Contents contents);

    void Visit(BodyStart bodyStart);
}
