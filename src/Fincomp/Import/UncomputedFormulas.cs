using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Fincomp.IO;

namespace Fincomp.Import;

/// <summary>
/// Finds the formula cells an .xlsx holds without a stored result. Excel saves each formula with its last result, and
/// the reader sees only that result; a workbook written by a script or by some exporters keeps the formula alone, which
/// reads as a blank cell, so an amount would silently go missing. ExcelDataReader does not expose formulas, so the
/// sheets' XML is read here, found the way ExcelDataReader finds them (xl/workbook.xml and its relationships).
/// Legacy .xls always stores results; .xlsb is not looked into.
/// </summary>
internal static class UncomputedFormulas
{
    private const string Workbook = "xl/workbook.xml";
    private const string Relationships = "xl/_rels/workbook.xml.rels";

    private static readonly XmlReaderSettings Settings = new() { IgnoreComments = true, DtdProcessing = DtdProcessing.Prohibit };

    /// <summary>Per sheet name, its formula cells without a result, in reading order; empty for a workbook that is no .xlsx.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FormulaCell>> Find(Stream stream)
    {
        var found = new Dictionary<string, IReadOnlyList<FormulaCell>>(StringComparer.Ordinal);
        stream.Position = 0;
        Span<byte> signature = stackalloc byte[2];
        if (stream.ReadAtLeast(signature, 2, throwOnEndOfStream: false) < 2 || signature[0] != (byte)'P' || signature[1] != (byte)'K')
        {
            return found;
        }

        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            entries.TryAdd(entry.FullName, entry);
        }

        if (!entries.TryGetValue(Workbook, out var workbook) || !entries.TryGetValue(Relationships, out var relationships))
        {
            return found;
        }

        var targets = Targets(relationships);
        foreach (var (name, id) in Sheets(workbook))
        {
            if (targets.TryGetValue(id, out var target) && entries.TryGetValue(PartPath(target), out var part))
            {
                var cells = Scan(part);
                if (cells.Count > 0)
                {
                    found.TryAdd(name, cells);
                }
            }
        }

        return found;
    }

    /// <summary>A relationship target as a path in the package: absolute (/xl/worksheets/sheet1.xml) or relative to xl/.</summary>
    private static string PartPath(string target) => target.StartsWith('/') ? target[1..] : "xl/" + target;

    private static Dictionary<string, string> Targets(ZipArchiveEntry entry)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = entry.Open();
        using var xml = XmlReader.Create(stream, Settings);
        while (xml.Read())
        {
            if (xml is { NodeType: XmlNodeType.Element, LocalName: "Relationship" } && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
            {
                targets.TryAdd(id, target);
            }
        }

        return targets;
    }

    private static List<(string Name, string Id)> Sheets(ZipArchiveEntry entry)
    {
        var sheets = new List<(string, string)>();
        using var stream = entry.Open();
        using var xml = XmlReader.Create(stream, Settings);
        while (xml.Read())
        {
            if (xml is not { NodeType: XmlNodeType.Element, LocalName: "sheet" } || xml.GetAttribute("name") is not { } name)
            {
                continue;
            }

            // r:id, whichever namespace (transitional or strict) the relationships prefix is bound to.
            for (var more = xml.MoveToFirstAttribute(); more; more = xml.MoveToNextAttribute())
            {
                if (xml.LocalName == "id" && xml.NamespaceURI.Length > 0)
                {
                    sheets.Add((name, xml.Value));
                    break;
                }
            }
        }

        return sheets;
    }

    /// <summary>
    /// The cells with an &lt;f&gt; and no result: no &lt;v&gt;, or an empty one on a cell that is not text (an empty text
    /// result, t="str", is a formula that computed "").
    /// </summary>
    private static List<FormulaCell> Scan(ZipArchiveEntry entry)
    {
        var cells = new List<FormulaCell>();
        using var stream = entry.Open();
        using var xml = XmlReader.Create(stream, Settings);
        int row = -1, column = -1;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName == "row")
            {
                row = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number - 1 : row + 1;
                column = -1;
                continue;
            }

            if (xml.LocalName != "c")
            {
                continue;
            }

            // A cell without r follows the one before it, as spreadsheet programs read it.
            (row, column) = CellReference.TryParse(xml.GetAttribute("r") ?? string.Empty, out var r, out var c) ? (r, c) : (row, column + 1);
            var type = xml.GetAttribute("t");
            if (xml.IsEmptyElement)
            {
                continue;
            }

            string? formula = null, value = null;
            using (var cell = xml.ReadSubtree())
            {
                // Reading an element's content moves past it, so only other nodes are stepped over with Read.
                cell.Read();
                cell.Read();
                while (!cell.EOF)
                {
                    if (cell is { NodeType: XmlNodeType.Element, LocalName: "f" })
                    {
                        formula = cell.ReadElementContentAsString();
                    }
                    else if (cell is { NodeType: XmlNodeType.Element, LocalName: "v" })
                    {
                        value = cell.ReadElementContentAsString();
                    }
                    else
                    {
                        cell.Read();
                    }
                }
            }

            if (formula is not null && (value is null || (value.Trim().Length == 0 && type is not ("str" or "inlineStr"))))
            {
                cells.Add(new FormulaCell(row, column, formula.Trim()));
            }
        }

        return cells;
    }
}
