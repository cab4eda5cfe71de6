using Fincomp.Cli.Presentation;
using Fincomp.Diagnostics;

namespace Fincomp.Cli.Output;

/// <summary>Everything one <c>fincomp check</c> run found, per file in input order, with the counts the summary prints.</summary>
internal sealed record CheckReport(IReadOnlyList<FileFindings> Files)
{
    public IEnumerable<Diagnostic> All => Files.SelectMany(f => f.Diagnostics);

    public int Errors => All.Count(d => d.Severity == Severity.Error);

    public int Warnings => All.Count(d => d.Severity == Severity.Warning);

    public int Infos => All.Count(d => d.Severity == Severity.Info);

    /// <summary>The human summary line, e.g. <c>2 个错误，1 个警告，3 条提示。</c></summary>
    public string Summary => $"{Errors} 个错误，{Warnings} 个警告，{Infos} 条提示。";

    /// <summary>How many files were read and how they ended, e.g. <c>3 个文件：1 通过 · 1 有错误 · 1 无法读取</c>.</summary>
    public string FilesLine => $"{Files.Count} 个文件：{BatchTotals.Line(Files.Select(f => f.Status))}";
}
