using Fincomp.Document;

namespace Fincomp.Audit;

/// <summary>One position of a <see cref="TableGrid"/>: the cell covering it, where that cell starts, and whether this is its start.</summary>
internal sealed record GridCell(TableCell Cell, int OriginRow, int OriginColumn, bool IsOrigin);
