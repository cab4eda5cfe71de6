using Fincomp.Compilation;
using Fincomp.Diagnostics;
using Fincomp.IO;

namespace Fincomp.Batch;

/// <summary>
/// Finds, before anything is built, the units of a batch whose reports would be written to one file (two folders'
/// x.yaml into one -o folder, or an output_name without {file}), and reports that would overwrite a unit file
/// (unit.html built with -f html). Each such unit is refused with a message naming the other input, so no report is
/// silently replaced by another one.
/// </summary>
internal static class OutputCollisions
{
    /// <param name="planned">Each unit to build and the path of its report without extension.</param>
    /// <param name="inputs">Every unit file of the batch.</param>
    /// <param name="summary">The <c>--summary</c> file, written after every report (an .xlsx summary could replace a unit's nine tables).</param>
    public static IReadOnlyDictionary<string, Diagnostic> Find(IReadOnlyList<(string File, string BasePath)> planned, IReadOnlyList<OutputFormat> formats, IReadOnlyList<string> inputs, string? summary = null)
    {
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentNullException.ThrowIfNull(formats);
        ArgumentNullException.ThrowIfNull(inputs);
        var refused = new Dictionary<string, Diagnostic>(StringComparer.Ordinal);
        var inputByRealPath = new Dictionary<string, string>(RealPath.Comparer);
        foreach (var input in inputs)
        {
            inputByRealPath.TryAdd(RealPath.Of(input), input);
        }

        foreach (var group in planned.GroupBy(p => RealPath.Of(p.BasePath), RealPath.Comparer).Where(g => g.Count() > 1))
        {
            var files = group.Select(p => p.File).ToList();
            // Files of one name (a/x.yaml, b/x.yaml, or x.yaml beside x.yml) collide whatever output_name says, so
            // the {file} placeholder only helps when the names differ and the pattern left it out.
            var sameName = files.Select(f => Path.GetFileNameWithoutExtension(f)).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1;
            var advice = sameName
                ? "请为它们分别指定输出文件夹（分两次运行，各用自己的 -o），或改名其中一个单位文件"
                : "请在 fincomp.yaml 的 output_name 中加入 {file}（输入文件名），或改用不同的输出文件夹";
            foreach (var file in files)
            {
                var others = string.Join("、", files.Where(f => f != file));
                refused[file] = Refusal(file, $"{file} 与 {others} 的报告会写到同一个文件 {group.First().BasePath}.*，这 {files.Count} 个单位都不生成：{advice}。");
            }
        }

        foreach (var (file, basePath) in planned)
        {
            foreach (var format in formats)
            {
                var output = basePath + ReportBuilder.Extension(format);
                if (!refused.ContainsKey(file) && inputByRealPath.TryGetValue(RealPath.Of(output), out var input))
                {
                    refused[file] = Refusal(file, $"{file} 的报告 {output} 会覆盖输入文件 {input}，不生成：请改用其他输出文件夹或输出格式。");
                }

                if (!refused.ContainsKey(file) && summary is not null && RealPath.Comparer.Equals(RealPath.Of(output), RealPath.Of(summary)))
                {
                    refused[file] = Refusal(file, $"{file} 的报告 {output} 与 --summary 汇总表 {summary} 是同一个文件，不生成：请为汇总表另选文件名。");
                }
            }
        }

        return refused;
    }

    private static Diagnostic Refusal(string file, string message) =>
        new(BatchCodes.OutputCollision, Severity.Error, message, SourceSpan.StartOf(file));
}
