using Fincomp.Diagnostics;

namespace Fincomp.Derivation;

/// <summary>
/// Two figures that are one quantity by an identity (收入总计 = 支出总计), that agree within rounding, but that the
/// report prints with their own values: one value could not be printed over the parts of both sides without a sum
/// failing. <c>check</c> tells the clerk (FC1107), who can declare the published totals.
/// </summary>
public sealed record UnmatchedIdentity(string First, decimal FirstValue, string Second, decimal SecondValue, SourceSpan Span);
