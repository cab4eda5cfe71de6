using Fincomp.Checks;

namespace Fincomp.Cli.Output;

/// <summary>Every code a finding can carry, in code order: the input and build codes, then the consistency rules.</summary>
internal static class CodeCatalog
{
    public static IReadOnlyList<RuleInfo> All { get; } =
        [.. InputCodeCatalog.All.Concat(RuleSet.Default.Rules.Select(r => r.Info)).OrderBy(i => i.Code, StringComparer.Ordinal)];

    public static RuleInfo? Find(string code) => All.FirstOrDefault(i => i.Code == code);
}
