namespace Fincomp.Document;

/// <summary>
/// A block of the report, independent of any output format: the narrative produces these, and every writer (Word,
/// HTML, the golden text projection) renders the same tree through <see cref="Accept"/>.
/// </summary>
public abstract record Block
{
    /// <summary>
    /// The template that printed this block (a built-in key such as <c>templates/02-02-income.scriban</c>, or the path of a
    /// bureau's override), so that a figure the self-audit rejects names the template to fix; null when the block was
    /// read from a finished document rather than compiled.
    /// </summary>
    public string? Template { get; init; }

    /// <summary>
    /// Hands the block to the visitor's method for its kind: the one dispatch over block kinds, so a kind no output
    /// knows fails here, whichever output meets it first.
    /// </summary>
    public void Accept(IBlockVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        switch (this)
        {
            case Heading heading:
                visitor.Visit(heading);
                break;
            case Paragraph paragraph:
                visitor.Visit(paragraph);
                break;
            case Table table:
                visitor.Visit(table);
                break;
            case Figure figure:
                visitor.Visit(figure);
                break;
            case PageBreak pageBreak:
                visitor.Visit(pageBreak);
                break;
            case Contents contents:
                visitor.Visit(contents);
                break;
            case BodyStart bodyStart:
                visitor.Visit(bodyStart);
                break;
            default:
                throw new NotSupportedException($"No output knows the block kind {GetType().Name}: add it to {nameof(IBlockVisitor)}.");
        }
    }
}
