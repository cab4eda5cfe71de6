using System.Text;
using ExcelDataReader;
using Fincomp.Diagnostics;

namespace Fincomp.Import;

/// <summary>
/// Reads every sheet of an .xlsx or legacy .xls workbook (ExcelDataReader detects which) into <see cref="Sheet"/>s.
/// A file that is not a readable workbook gives FC0301 saying what is wrong (<see cref="WorkbookProblem"/>), not an exception.
/// </summary>
internal static class WorkbookReader
{
    static WorkbookReader() =>
        // .xls stores text in Windows code pages (GBK for Chinese workbooks); .NET has them but does not register them.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IReadOnlyList<Sheet>? Read(string path, DiagnosticBag diagnostics)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream);
        }
        catch (Exception exception) when (WorkbookProblem.IsAbout(exception))
        {
            diagnostics.Error(ImportCodes.Unreadable, SourceSpan.StartOf(path), $"无法读取工作簿 {Path.GetFileName(path)}：{WorkbookProblem.Describe(exception)}。");
            return null;
        }
    }

    public static IReadOnlyList<Sheet> Read(Stream stream)
    {
        var sheets = ReadCells(stream);
        var uncomputed = UncomputedFormulas.Find(stream);
        return [.. sheets.Select(s => uncomputed.TryGetValue(s.Name, out var cells) ? new Sheet(s.Name, s.Rows, s.Merges) { Uncomputed = cells } : s)];
    }

    private static List<Sheet> ReadCells(Stream stream)
    {
        var sheets = new List<Sheet>();
        using var reader = ExcelReaderFactory.CreateReader(stream, new ExcelReaderConfiguration { LeaveOpen = true });
        do
        {
            var rows = new List<IReadOnlyList<SheetCell?>>();
            while (reader.Read())
            {
                var cells = new SheetCell?[reader.FieldCount];
                for (var column = 0; column < cells.Length; column++)
                {
                    cells[column] = reader.GetValue(column) switch
                    {
                        null => null,
                        string text => new SheetCell(text, null, null),
                        double number => new SheetCell(null, number, reader.GetNumberFormatString(column)),
                        int number => new SheetCell(null, number, reader.GetNumberFormatString(column)),
                        bool flag => new SheetCell(flag ? "TRUE" : "FALSE", null, null),
                        DateTime date => new SheetCell(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null, null),
                        var other => new SheetCell(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture), null, null),
                    };
                }

                rows.Add(cells);
            }

            var merges = (reader.MergeCells ?? [])
                .Select(m => new MergedRange(m.FromRow, m.FromColumn, m.ToRow, m.ToColumn))
                .ToList();
            sheets.Add(new Sheet(reader.Name, rows, merges));
        }
        while (reader.NextResult());

        return sheets;
    }
}
