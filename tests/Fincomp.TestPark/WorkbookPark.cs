using Fincomp.Derivation;
using Fincomp.Input;
using Fincomp.Writers.Xlsx;

namespace Fincomp.TestPark;

/// <summary>
/// The nine tables of every unit file in a folder, written as one workbook per unit: the input of the import
/// benchmark (a park's worth of finance-system exports).
/// </summary>
public static class WorkbookPark
{
    public static int Write(string units, string directory)
    {
        Directory.CreateDirectory(directory);
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(units, "*.yaml").Order(StringComparer.Ordinal))
        {
            if (new UnitLoader().Load(file).Unit is not { } unit)
            {
                continue;
            }

            using var stream = File.Create(Path.Combine(directory, Path.GetFileNameWithoutExtension(file) + ".xlsx"));
            TablesWorkbookWriter.Write(ReportFigures.Of(unit), stream);
            count++;
        }

        return count;
    }
}
