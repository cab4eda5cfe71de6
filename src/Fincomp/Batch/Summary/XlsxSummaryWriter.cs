using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fincomp.IO;

namespace Fincomp.Batch.Summary;

/// <summary>
/// The roll-up as an Excel workbook: a bold frozen header row, numbers as numbers with 万元 formats (#,##0.00), the
/// totals row in bold. Written with the Open XML SDK the Word writer already uses, and repacked for identical bytes.
/// </summary>
public sealed class XlsxSummaryWriter : ISummaryWriter
{
    private const uint HeaderStyle = 1;
    private const uint MoneyStyle = 2;
    private const uint DecimalStyle = 3;
    private const uint IntegerStyle = 4;
    private const uint BoldMoneyStyle = 5;

    public void Write(IReadOnlyList<SummaryRow> rows, Stream output)
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            document.ChangeIdOfPart(workbookPart, "rIdWorkbook");
            workbookPart.Workbook = new Workbook();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            stylesPart.Stylesheet = Styles();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
            sheetPart.Worksheet = Sheet(rows);
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = "rIdSheet1", SheetId = 1, Name = "汇总" }));
        }

        DeterministicZip.Repack(package, output);
    }

    private static Worksheet Sheet(IReadOnlyList<SummaryRow> rows)
    {
        var columns = SummaryColumn.All;
        var frozen = new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0 });
        var widths = new Columns(columns.Select((c, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = c.Kind == SummaryColumnKind.Text ? 30 : 16,
            CustomWidth = true,
        }));
        var data = new SheetData();
        data.AppendChild(new Row(columns.Select((c, i) => TextCell(i, 1, c.Header, HeaderStyle))) { RowIndex = 1 });
        for (var r = 0; r < rows.Count; r++)
        {
            var rowIndex = (uint)(r + 2);
            var isTotals = r == rows.Count - 1 && rows[r].Unit == "合计" && rows[r].File.Length == 0;
            data.AppendChild(new Row(columns.Select((c, i) => ValueCell(i, rowIndex, c, rows[r], isTotals))) { RowIndex = rowIndex });
        }

        return new Worksheet(frozen, widths, data);
    }

    private static Cell ValueCell(int column, uint row, SummaryColumn summaryColumn, SummaryRow summaryRow, bool isTotals)
    {
        var reference = Reference(column, row);
        return summaryColumn.Value(summaryRow) switch
        {
            null => new Cell { CellReference = reference, StyleIndex = isTotals ? HeaderStyle : 0u },
            decimal number => new Cell
            {
                CellReference = reference,
                DataType = CellValues.Number,
                CellValue = new CellValue(number),
                StyleIndex = summaryColumn.Kind == SummaryColumnKind.Money ? (isTotals ? BoldMoneyStyle : MoneyStyle) : DecimalStyle,
            },
            int number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number), StyleIndex = IntegerStyle },
            var other => TextCell(column, row, other.ToString() ?? "", isTotals ? HeaderStyle : 0u),
        };
    }

    private static Cell TextCell(int column, uint row, string text, uint style) => new(new InlineString(new Text(text)))
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    private static string Reference(int column, uint row)
    {
        var name = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.00" }) { Count = 2 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" })) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 1, FontId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, FontId = 1, ApplyNumberFormat = true, ApplyFont = true }) { Count = 6 });
}
