using System.Text;

namespace Fincomp.Batch.Summary;

/// <summary>
/// The roll-up as CSV (RFC 4180), UTF-8 with a byte-order mark so that Excel on a Chinese Windows reads it right. A
/// text cell starting with = + - @ (a unit or file name "=HYPERLINK(…)") is prefixed with an apostrophe, so a
/// spreadsheet shows it instead of running it as a formula; numbers are written as numbers.
/// </summary>
internal sealed class CsvSummaryWriter : ISummaryWriter
{
    public void Write(IReadOnlyList<SummaryRow> rows, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(",", SummaryColumn.All.Select(c => Quote(c.Header))));
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(",", SummaryColumn.All.Select(c => Quote(Neutral(c, SummaryCells.Text(c, row))))));
        }
    }

    private static string Neutral(SummaryColumn column, string text) =>
        column.Kind == SummaryColumnKind.Text && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
