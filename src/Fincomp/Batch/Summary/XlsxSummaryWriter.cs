using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fincomp.IO;

namespace Fincomp.Batch.Summary;

/// <summary>
/// The roll-up as an Excel workbook: a bold, wrapped, frozen header row with an autofilter; numbers as numbers with 万元
/// formats (#,##0.00); totals rows in bold whose money cells are SUMIFS formulas over the units they add (with the value
/// cached, for readers that do not calculate); printed landscape on A4, one page wide, the header repeated on every
/// page. Written with the Open XML SDK the Word writer already uses, and repacked for identical bytes.
/// </summary>
internal sealed class XlsxSummaryWriter : ISummaryWriter
{
    private const string SheetName = "汇总";
    private const uint HeaderStyle = 1;
    private const uint MoneyStyle = 2;
    private const uint DecimalStyle = 3;
    private const uint IntegerStyle = 4;
    private const uint BoldMoneyStyle = 5;
    private const uint BoldTextStyle = 6;

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
            var unitRows = rows.Count(r => r.Totals == SummaryTotals.None);
            sheetPart.Worksheet = Sheet(rows, unitRows);
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = "rIdSheet1", SheetId = 1, Name = SheetName }));
            workbookPart.Workbook.AppendChild(new DefinedNames(
                new DefinedName($"'{SheetName}'!$A$1:${CellReference.ColumnLetters(SummaryColumn.All.Count - 1)}${unitRows + 1}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true },
                new DefinedName($"'{SheetName}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
        }

        DeterministicZip.Repack(package, output);
    }

    private static Worksheet Sheet(IReadOnlyList<SummaryRow> rows, int unitRows)
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
            Width = Width(c),
            CustomWidth = true,
        }));
        var data = new SheetData();
        // The unit goes on a line of its own ("收支总计" over "（万元）"), so a narrow column never breaks inside "（万元）".
        data.AppendChild(new Row(columns.Select((c, i) => TextCell(i, 1, c.Header.Replace("（", "\n（", StringComparison.Ordinal), HeaderStyle))) { RowIndex = 1, Height = 42, CustomHeight = true });
        for (var r = 0; r < rows.Count; r++)
        {
            var rowIndex = (uint)(r + 2);
            data.AppendChild(new Row(columns.Select((c, i) => ValueCell(i, rowIndex, c, rows[r], unitRows))) { RowIndex = rowIndex });
        }

        var lastColumn = CellReference.ColumnLetters(columns.Count - 1);
        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            frozen,
            widths,
            data,
            new AutoFilter { Reference = $"A1:{lastColumn}{unitRows + 1}" },
            new PrintOptions { HorizontalCentered = true, GridLines = true },
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new DocumentFormat.OpenXml.Spreadsheet.PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddHeader("&C&\"宋体,Bold\"部门决算汇总"), new OddFooter("&C第 &P 页，共 &N 页")));
    }

    private static double Width(SummaryColumn column) => column.Key switch
    {
        "unit" => 42,
        "file" or "output" => 30,
        "status" => 16,
        _ when column.Kind == SummaryColumnKind.Count => 8,
        _ => 12,
    };

    private static Cell ValueCell(int column, uint row, SummaryColumn summaryColumn, SummaryRow summaryRow, int unitRows)
    {
        var reference = Reference(column, row);
        var isTotals = summaryRow.Totals != SummaryTotals.None;
        return summaryColumn.Value(summaryRow) switch
        {
            null => new Cell { CellReference = reference, StyleIndex = isTotals ? BoldTextStyle : 0u },
            decimal number when isTotals && summaryColumn.IsSummed => new Cell
            {
                CellReference = reference,
                DataType = CellValues.Number,
                CellFormula = new CellFormula(TotalFormula(column, summaryRow, unitRows)),
                CellValue = new CellValue(number),
                StyleIndex = BoldMoneyStyle,
            },
            decimal number => new Cell
            {
                CellReference = reference,
                DataType = CellValues.Number,
                CellValue = new CellValue(number),
                StyleIndex = summaryColumn.Kind == SummaryColumnKind.Money ? MoneyStyle : DecimalStyle,
            },
            int when isTotals && summaryColumn.Key != "year" => new Cell { CellReference = reference, StyleIndex = BoldTextStyle },
            int number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number), StyleIndex = IntegerStyle },
            var other => TextCell(column, row, other.ToString() ?? "", isTotals ? BoldTextStyle : 0u),
        };
    }

    /// <summary>
    /// The sum of one column over the unit rows a totals row adds: those whose status says the report was written, and
    /// for the comparable row only those with last year's total; a year's totals row (a batch of several years) only
    /// that year's units.
    /// </summary>
    private static string TotalFormula(int column, SummaryRow totals, int unitRows)
    {
        string Range(int c) => $"${CellReference.ColumnLetters(c)}$2:${CellReference.ColumnLetters(c)}${unitRows + 1}";
        var status = Range(IndexOf("status"));
        var previous = totals.Totals == SummaryTotals.Comparable ? $",{Range(IndexOf("previous_grand_total"))},\"<>\"" : "";
        var year = totals.Year is { } y ? string.Create(CultureInfo.InvariantCulture, $",{Range(IndexOf("year"))},{y}") : "";
        return string.Join("+", new[] { UnitStatus.Succeeded, UnitStatus.Forced }
            .Select(s => $"SUMIFS({Range(column)},{status},\"{SummaryRows.StatusWord(s)}\"{previous}{year})"));
    }

    private static int IndexOf(string key) => SummaryColumn.All.Select((c, i) => (c.Key, i)).Single(p => p.Key == key).i;

    private static Cell TextCell(int column, uint row, string text, uint style) => new(new InlineString(new Text(text)))
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    private static string Reference(int column, uint row) => CellReference.Of((int)row, column);

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.00" })
        { Count = 2 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center })
            {
                NumberFormatId = 0,
                FontId = 1,
                FormatId = 0,
                ApplyFont = true,
                ApplyAlignment = true,
            },
            new CellFormat { NumberFormatId = 164, FontId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 1, FontId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, FontId = 1, FormatId = 0, ApplyNumberFormat = true, ApplyFont = true },
            new CellFormat { NumberFormatId = 0, FontId = 1, FormatId = 0, ApplyFont = true })
        { Count = 7 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
