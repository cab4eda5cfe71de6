using System.CommandLine;
using Fincomp.Batch;

namespace Fincomp.Cli.Commands;

/// <summary>The options every batch command shares: which inputs, how many at once, which shard.</summary>
internal sealed class BatchOptions
{
    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "单位 YAML 文件、文件夹或通配符（如 units/*.yaml）",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<int> Jobs { get; } = new("--jobs", "-j")
    {
        Description = "同时处理的单位数（缺省为处理器核数）",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public Option<string?> Shard { get; } = new("--shard") { Description = "只处理第 i 份（共 n 份），写作 i/n，供 CI 矩阵分片" };

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
        var unknown = inputs.FirstOrDefault(i => i.StartsWith('-') && !File.Exists(i) && !Directory.Exists(i));
        if (unknown is not null)
        {
            // The inputs argument takes any word, so a misspelt option would otherwise be reported as a missing file.
            error.WriteLine($"不认识的选项 {unknown}（fincomp {parseResult.CommandResult.Command.Name} --help 列出全部选项）。");
            return null;
        }

        var files = InputSelection.Expand(inputs);
        if (files.Count == 0)
        {
            error.WriteLine("没有找到单位文件（*.yaml）。");
            return null;
        }

        return shard.Select(files);
    }
}
