using Fincomp.Diagnostics;
using Fincomp.Input;
using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Batch;

/// <summary>
/// Chooses the 科目 tables one unit is checked and labelled with: the shipped tables of its year (or the nearest year,
/// which the checker then reports), then the folder manifest's code-table extensions, then the unit file's own, each
/// file read in the shipped format with its own located errors.
/// </summary>
public static class UnitCodeTables
{
    /// <param name="unitFile">The unit file; the unit's <c>code_tables</c> paths are relative to its folder.</param>
    /// <param name="manifest">The folder's manifest, or null; its <c>code_tables</c> paths are relative to <paramref name="manifestFolder"/>.</param>
    public static ClassificationTables For(UnitYear unit, string unitFile, BatchManifest? manifest, string manifestFolder, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var year = unit.Unit.Year;
        var tableYear = ClassificationCatalog.TableYearFor(year);
        var unitFolder = Path.GetDirectoryName(unitFile) is { Length: > 0 } directory ? directory : ".";
        var extensions = new List<ClassificationTable>();
        extensions.AddRange(Read(manifest?.CodeTables, manifestFolder, tableYear, diagnostics));
        extensions.AddRange(Read(unit.CodeTables, unitFolder, tableYear, diagnostics));
        return ClassificationCatalog.For(year, extensions);
    }

    private static IEnumerable<ClassificationTable> Read(CodeTableFiles? files, string folder, int year, DiagnosticBag diagnostics)
    {
        if (files is null)
        {
            yield break;
        }

        foreach (var (property, relative, kind) in new[]
        {
            (nameof(CodeTableFiles.Functional), files.Functional, ClassificationTable.FunctionalKind),
            (nameof(CodeTableFiles.Economic), files.Economic, ClassificationTable.EconomicKind),
        })
        {
            if (relative is not null && Read(Normalized(Path.Combine(folder, relative)), relative, kind, year, files.Locate(property), diagnostics) is { } table)
            {
                yield return table;
            }
        }
    }

    /// <summary>
    /// The path without "x/../" or "./" steps, so that messages name the file plainly; a relative path stays relative
    /// (to the working folder), as the clerk gave the unit file.
    /// </summary>
    private static string Normalized(string path) =>
        Path.IsPathRooted(path) ? Path.GetFullPath(path) : Path.GetRelativePath(".", Path.GetFullPath(path));

    private static ClassificationTable? Read(string path, string written, string kind, int year, SourceSpan key, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            diagnostics.Error(ClassificationCatalog.ExtensionMissingCode, key, $"编码表扩展文件 {written} 不存在（路径相对于写它的文件所在的文件夹）。");
            return null;
        }

        var bytes = UnitLoader.ReadBytes(path, diagnostics);
        var text = bytes is null ? null : UnitFileText.Decode(bytes, path, diagnostics);
        if (text is null)
        {
            return null;
        }

        var rows = new List<Diagnostic>();
        var table = ClassificationTable.Parse(new StringReader(text), path, kind, year, rows);
        diagnostics.AddRange(rows);
        return table;
    }
}
