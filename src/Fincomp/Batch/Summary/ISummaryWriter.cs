namespace Fincomp.Batch.Summary;

/// <summary>Writes the roll-up in one format; the rows include the totals row last.</summary>
public interface ISummaryWriter
{
    void Write(IReadOnlyList<SummaryRow> rows, Stream output);
}
