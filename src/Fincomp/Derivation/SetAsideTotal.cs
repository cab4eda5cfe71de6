using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// A printed total that agrees with its parts within rounding but that the report does not use: no figure of record
/// could be printed beside the parts the report also prints without a row or column failing to add (a 类 total whose
/// cent cannot go to any 款, a 小计 over a single non-zero part). The report uses the sum of the parts for that quantity
/// everywhere, and <c>check</c> tells the clerk which printed figure was set aside and why (FC1107).
/// </summary>
/// <param name="What">The quantity, as the finding names it ("“三公”经费合计的决算数").</param>
/// <param name="Printed">The printed total as the unit wrote it, with its place in the file.</param>
/// <param name="Used">The figure the report prints instead.</param>
/// <param name="Parts">The parts as the report prints them, for the message ("0 + 6.20").</param>
/// <param name="Blocker">
/// What prevents it where that is not the parts themselves ("采用它时表3 支出决算表中科目 201 的基本支出 174.76 无法…"), for the message.
/// </param>
/// <param name="Source">
/// What <paramref name="Used"/> is where it is not the sum of parts the unit gave (人员经费 without 款 amounts is 基本支出
/// less 公用经费), for the message; null for the sum of the parts.
/// </param>
public sealed record SetAsideTotal(string What, Money Printed, decimal Used, IReadOnlyList<decimal> Parts, string? Blocker = null, string? Source = null);
