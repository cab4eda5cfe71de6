using System.Text;

namespace Fincomp.Batch.Summary;

/// <summary>The roll-up as CSV (RFC 4180), UTF-8 with a byte-order mark so that Excel on a Chinese Windows reads it right.</summary>
public sealed class CsvSummaryWriter : ISummaryWriter
{
    public void Write(IReadOnlyList<SummaryRow> rows, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(",", SummaryColumn.All.Select(c => Quote(c.Header))));
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(",", SummaryColumn.All.Select(c => Quote(SummaryCells.Text(c, row)))));
        }
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
