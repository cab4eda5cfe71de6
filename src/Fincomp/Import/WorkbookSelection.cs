namespace Fincomp.Import;

/// <summary>
/// The workbooks named on the command line: files as given, folders as their *.xlsx and *.xls files in name order
/// (Excel's lock files ~$… skipped), each once.
/// </summary>
public static class WorkbookSelection
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input)
                    .Where(IsWorkbook)
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(input);
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    public static bool IsWorkbook(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith("~$", StringComparison.Ordinal)
            && (name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".xls", StringComparison.OrdinalIgnoreCase));
    }
}
