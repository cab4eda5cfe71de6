using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Fincomp.Tests.Import;

/// <summary>
/// Turns a cell of a generated workbook into a formula, with its result stored as Excel saves it, or without one as
/// scripts (openpyxl) and some exporters save it.
/// </summary>
internal static class WorkbookFormulas
{
    /// <summary>The workbook with the cell a formula; <paramref name="text"/> marks its result as text (t="str").</summary>
    public static byte[] With(byte[] xlsx, string sheetName, string reference, string formula, string? result, bool text = false)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var cell = part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
            cell.RemoveAllChildren();
            cell.DataType = text ? CellValues.String : null;
            cell.Append(new CellFormula(formula));
            if (result is not null)
            {
                cell.Append(new CellValue(result));
            }

            part.Worksheet.Save();
        }

        return stream.ToArray();
    }
}
