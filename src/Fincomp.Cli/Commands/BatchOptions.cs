using System.CommandLine;
using Fincomp.Batch;

namespace Fincomp.Cli.Commands;

/// <summary>
/// The options every batch command shares: which inputs, how many at once, which shard. <paramref name="withReports"/>:
/// a folder or pattern also names its finished reports (.docx, .pdf), for the command that audits them.
/// </summary>
internal sealed class BatchOptions(bool allowStandardInput, bool withReports = false)
{
    /// <summary>The input word that means standard input.</summary>
    public const string StandardInput = "-";

    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        HelpName = "单位文件",
        Description = (withReports
            ? "单位 YAML 文件、报告（.docx、.pdf）、文件夹或通配符（如 units/*.yaml）；文件夹中的单位文件与报告都会核对"
            : "单位 YAML 文件、文件夹或通配符（如 units/*.yaml）")
            + (allowStandardInput ? "；写 - 则从标准输入读一个单位" : ""),
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<int> Jobs { get; } = new("--jobs", "-j")
    {
        HelpName = "个数",
        Description = "同时处理的单位数（缺省：CPU 核数）",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public Option<string?> Shard { get; } = new("--shard") { HelpName = "i/n", Description = "只处理第 i 份（共 n 份），供 CI 矩阵分片" };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        command.Options.Add(Jobs);
        command.Options.Add(Shard);
    }

    /// <summary>The unit files of this run, or null (with the reason written) when the options are wrong.</summary>
    public IReadOnlyList<string>? Files(ParseResult parseResult, TextWriter error)
    {
        if (parseResult.GetValue(Jobs) < 1)
        {
            error.WriteLine("--jobs 至少为 1。");
            return null;
        }

        if (!ShardSpec.TryParse(parseResult.GetValue(Shard) ?? "1/1", out var shard, out var problem))
        {
            error.WriteLine(problem);
            return null;
        }

        var inputs = parseResult.GetValue(Inputs)!;
        if (inputs.Contains(StandardInput))
        {
            if (allowStandardInput && inputs.Length == 1)
            {
                return [StandardInput];
            }

            error.WriteLine(allowStandardInput
                ? "- （标准输入）只能单独使用，不能与文件或文件夹同时给出。"
                : $"fincomp {parseResult.CommandResult.Command.Name} 不从标准输入读单位文件；请给出文件或文件夹。");
            return null;
        }

        if (UnknownOption.Refuse(inputs, parseResult.CommandResult.Command.Name, error))
        {
            return null;
        }

        var files = InputSelection.Expand(inputs, withReports);
        if (files.Count == 0)
        {
            error.WriteLine(withReports ? "没有找到单位文件（*.yaml、*.yml）或报告（*.docx、*.pdf）。" : "没有找到单位文件（*.yaml、*.yml）。");
            return null;
        }

        return shard.Select(files);
    }
}
