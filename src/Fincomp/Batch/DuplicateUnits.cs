using Fincomp.Diagnostics;

namespace Fincomp.Batch;

/// <summary>
/// Finds the files of a batch that are the same unit for the same year (the same unit name and report year), such as
/// a copy 单位-副本.yaml left beside 单位.yaml, edited or not. None of them is built or counted (FC0921, each message
/// naming the other files): which copy holds the right figures is for the clerk to say, and building one of them
/// would let the bureau's roll-up count whichever sorted first. Files with identical bytes never get here:
/// <see cref="InputSelection"/> already took them as one file.
/// </summary>
internal static class DuplicateUnits
{
    /// <param name="units">Each readable unit file in batch order, with its unit name and report year.</param>
    public static IReadOnlyDictionary<string, Diagnostic> Find(IReadOnlyList<(string File, string Name, int Year)> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var refused = new Dictionary<string, Diagnostic>(StringComparer.Ordinal);
        foreach (var group in units.GroupBy(u => (u.Name, u.Year)).Where(g => g.Count() > 1))
        {
            var files = group.Select(u => u.File).ToList();
            foreach (var file in files)
            {
                var others = files.Where(f => f != file).ToList();
                var message = $"{file} 与 {string.Join("、", others)} 是同一单位同一年度（{group.Key.Name}，{group.Key.Year} 年），"
                    + $"这 {files.Count} 个文件都不生成、不计入汇总：请删除或移出多余的副本；若确是另一单位或另一年度，请改正其 unit.name 或 unit.year。";
                refused[file] = new Diagnostic(BatchCodes.DuplicateUnit, Severity.Error, message, SourceSpan.StartOf(file)) { Related = [.. others.Select(SourceSpan.StartOf)] };
            }
        }

        return refused;
    }
}
