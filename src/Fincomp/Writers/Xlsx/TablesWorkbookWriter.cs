using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Fincomp.Derivation;
using Fincomp.Document;
using Fincomp.Model;
using Fincomp.Tables;
using Fincomp.IO;
using Styles = Fincomp.Writers.Xlsx.TablesWorkbookStyles;

namespace Fincomp.Writers.Xlsx;

/// <summary>
/// The nine 公开表 as an Excel workbook in the layout bureaus publish: one sheet per table (公开01表 … 公开09表) with
/// its title, 编制单位 and 单位：万元 lines, merged headers, amounts as numbers formatted #,##0.00, codes as text, and
/// an A4 print setup that fits the width and repeats the header rows. The cells are the table blocks the Word document
/// prints, so both show the same figures. Repacked so that the same unit gives the same bytes.
/// </summary>
internal static class TablesWorkbookWriter
{
    private const int FirstTableRow = 3;

    public static void Write(ReportFigures figures, Stream output) =>
        Write(StandardTables.For(figures), figures.Unit.Unit.Name, figures.Unit.Unit.Year, output);

    public static void Write(IReadOnlyList<StandardTable> tables, string unitName, int year, Stream output)
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            document.ChangeIdOfPart(workbookPart, "rIdWorkbook");
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Styles.Create();
            var sheets = new Sheets();
            var names = new DefinedNames();
            for (var i = 0; i < tables.Count; i++)
            {
                var id = "rIdSheet" + (i + 1).ToString(CultureInfo.InvariantCulture);
                var name = SheetName(tables[i].Number);
                workbookPart.AddNewPart<WorksheetPart>(id).Worksheet = Sheet(tables[i], unitName, year);
                sheets.AppendChild(new Sheet { Id = id, SheetId = (uint)(i + 1), Name = name });
                var lastHeader = FirstTableRow + tables[i].Table.HeaderRows - 1;
                names.AppendChild(new DefinedName($"'{name}'!$1:${lastHeader}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }

            workbookPart.Workbook.Append(sheets, names);
        }

        DeterministicZip.Repack(package, output);
    }

    /// <summary>The sheet name of table <paramref name="number"/>, as the finance system names it: 公开05表.</summary>
    public static string SheetName(int number) => $"公开{number:00}表";

    private static Worksheet Sheet(StandardTable standard, string unitName, int year)
    {
        var table = standard.Table;
        var grid = TableGrid.Of(table);
        var width = Math.Max(grid.Width, 2);
        var rows = new SortedDictionary<int, List<Cell>>();
        var merges = new List<string>();

        void Put(int row, int column, Cell cell) =>
            (rows.TryGetValue(row, out var list) ? list : rows[row] = []).Add(cell);

        Put(1, 0, Text(1, 0, standard.Title, Styles.Title));
        merges.Add(Range(1, 0, 1, width - 1));
        Put(2, 0, Text(2, 0, $"编制单位：{unitName}", Styles.PlainLeft));
        Put(2, width / 2, Text(2, width / 2, $"{year}年度", Styles.PlainLeft));
        Put(2, width - 1, Text(2, width - 1, table.UnitLine ?? StandardTables.UnitLine, Styles.PlainRight));

        var occupied = new HashSet<(int, int)>();
        foreach (var (r, c, cell) in grid.Placed)
        {
            var row = FirstTableRow + r;
            Put(row, c, Value(row, c, cell, r < table.HeaderRows));
            occupied.Add((row, c));
            if (cell.RowSpan > 1 || cell.ColumnSpan > 1)
            {
                merges.Add(Range(row, c, row + cell.RowSpan - 1, c + cell.ColumnSpan - 1));
                for (var rr = row; rr < row + cell.RowSpan; rr++)
                {
                    for (var cc = c; cc < c + cell.ColumnSpan; cc++)
                    {
                        if (occupied.Add((rr, cc)))
                        {
                            // Borders of a merged block are drawn from its covered cells too.
                            Put(rr, cc, new Cell { CellReference = Reference(rr, cc), StyleIndex = Styles.Text });
                        }
                    }
                }
            }
        }

        var lastRow = FirstTableRow + table.Rows.Count - 1;
        if (table.Note is { } note)
        {
            Put(lastRow + 1, 0, Text(lastRow + 1, 0, note, Styles.PlainLeft));
            merges.Add(Range(lastRow + 1, 0, lastRow + 1, width - 1));
        }

        var data = new SheetData(rows.Select(r => new Row(r.Value.OrderBy(c => ColumnOf(c.CellReference!.Value!))) { RowIndex = (uint)r.Key }));
        var columns = new Columns(table.ColumnWeights.Select((w, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = Math.Round(w * 1.3, 1),
            CustomWidth = true,
        }));
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView { WorkbookViewId = 0, ShowGridLines = false }),
            columns,
            data,
            new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count },
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            new DocumentFormat.OpenXml.Spreadsheet.PageSetup
            {
                PaperSize = 9,
                Orientation = width > 5 ? OrientationValues.Landscape : OrientationValues.Portrait,
                FitToWidth = 1,
                FitToHeight = 0,
            });
        return worksheet;
    }

    private static Cell Value(int row, int column, TableCell cell, bool header)
    {
        if (!header && cell.Alignment == CellAlignment.Right)
        {
            if (cell.Text.Length == 0)
            {
                return new Cell { CellReference = Reference(row, column), StyleIndex = Styles.Money };
            }

            if (decimal.TryParse(cell.Text, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
            {
                return new Cell
                {
                    CellReference = Reference(row, column),
                    DataType = CellValues.Number,
                    CellValue = new CellValue(amount),
                    StyleIndex = cell.Bold ? Styles.BoldMoney : Styles.Money,
                };
            }
        }

        var style = (cell.Alignment, cell.Bold || header) switch
        {
            (CellAlignment.Center, true) => Styles.BoldCentered,
            (CellAlignment.Center, false) => Styles.Centered,
            (_, true) => Styles.BoldText,
            _ => Styles.Text,
        };
        return Text(row, column, cell.Text, style);
    }

    private static Cell Text(int row, int column, string text, uint style) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = Reference(row, column),
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    private static string Range(int fromRow, int fromColumn, int toRow, int toColumn) =>
        Reference(fromRow, fromColumn) + ":" + Reference(toRow, toColumn);

    private static string Reference(int row, int column) => CellReference.Of(row, column);

    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetterUpper))
        {
            column = (column * 26) + (c - 'A' + 1);
        }

        return column;
    }
}
