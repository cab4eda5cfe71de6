using Fincomp.Model;

namespace Fincomp.Import;

/// <summary>A 项 line of spending as the tables give it: tables 5, 8 and 9 by fund, the rest of table 3 as 其他资金.</summary>
internal sealed record ImportedLine(string Code, Fund Fund, ImportedAmount Actual, ImportedAmount? Basic, ImportedAmount? Project);
