using DocumentFormat.OpenXml.Spreadsheet;

namespace Fincomp.Writers.Xlsx;

/// <summary>The cell styles of the tables workbook: 宋体, thin borders inside the table, amounts as #,##0.00.</summary>
internal static class TablesWorkbookStyles
{
    public const uint Title = 1;
    public const uint BoldCentered = 2;
    public const uint Text = 3;
    public const uint Money = 4;
    public const uint BoldText = 5;
    public const uint BoldMoney = 6;
    public const uint Centered = 7;
    public const uint PlainLeft = 8;
    public const uint PlainRight = 9;

    public static Stylesheet Create() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 10 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 10 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 16 }, new FontName { Val = "宋体" }))
        { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0 },
            Format(0, 2, 0, HorizontalAlignmentValues.Center),
            Format(0, 1, 1, HorizontalAlignmentValues.Center),
            Format(49, 0, 1, HorizontalAlignmentValues.Left),
            Format(164, 0, 1, HorizontalAlignmentValues.Right),
            Format(49, 1, 1, HorizontalAlignmentValues.Left),
            Format(164, 1, 1, HorizontalAlignmentValues.Right),
            Format(49, 0, 1, HorizontalAlignmentValues.Center),
            Format(0, 0, 0, HorizontalAlignmentValues.Left),
            Format(0, 0, 0, HorizontalAlignmentValues.Right))
        { Count = 10 });

    private static CellFormat Format(uint numberFormat, uint font, uint border, HorizontalAlignmentValues alignment) => new(
        new Alignment { Horizontal = alignment, Vertical = VerticalAlignmentValues.Center, WrapText = true })
    {
        NumberFormatId = numberFormat,
        FontId = font,
        BorderId = border,
        ApplyNumberFormat = numberFormat != 0,
        ApplyFont = font != 0,
        ApplyBorder = border != 0,
        ApplyAlignment = true,
    };
}
