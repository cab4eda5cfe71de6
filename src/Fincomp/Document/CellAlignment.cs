namespace Fincomp.Document;

/// <summary>Horizontal alignment of a table cell: text left, amounts right, headers centred.</summary>
public enum CellAlignment
{
    Left,
    Center,
    Right,
}
