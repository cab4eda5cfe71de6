using System.Globalization;
using Fincomp.Batch;

namespace Fincomp.Cli.Presentation;

/// <summary>
/// The one totals line every batch ends with: <c>167 通过 · 33 有错误 · 0 无法读取</c>, and <c>· 1 自检未通过</c> when a
/// report failed the self-audit.
/// </summary>
internal static class BatchTotals
{
    public static string Line(IEnumerable<UnitStatus> statuses)
    {
        var list = statuses.ToList();
        var passed = list.Count(s => s == UnitStatus.Succeeded);
        var withErrors = list.Count(s => s is UnitStatus.Failed or UnitStatus.Forced);
        var unreadable = list.Count(s => s == UnitStatus.Unreadable);
        var auditFailed = list.Count(s => s == UnitStatus.AuditFailed);
        var audit = auditFailed > 0 ? string.Create(CultureInfo.InvariantCulture, $" · {auditFailed} 自检未通过") : "";
        return string.Create(CultureInfo.InvariantCulture, $"{passed} 通过 · {withErrors} 有错误 · {unreadable} 无法读取{audit}");
    }
}
