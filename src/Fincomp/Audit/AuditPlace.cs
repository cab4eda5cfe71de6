namespace Fincomp.Audit;

/// <summary>
/// Where in a document a finding is: the block (a paragraph or a table, counted in reading order), for a table the
/// row and column (1-based, as a reader counts them), and the text quoted so a person can find it.
/// </summary>
public sealed record AuditPlace(int BlockIndex, string Quote)
{
    /// <summary>The 1-based table row, when the place is a table cell.</summary>
    public int? Row { get; init; }

    /// <summary>The 1-based table column (of the grid, spans expanded).</summary>
    public int? Column { get; init; }
}
