using System.Globalization;
using Fincomp.Batch;

namespace Fincomp.Cli.Presentation;

/// <summary>
/// The one totals line every batch ends with: <c>167 通过 · 33 有错误 · 0 无法读取</c>, and, only when there are
/// any, the reports that could not be written, the units the templates failed on, the reports that failed the
/// self-audit, the units refused because their reports would collide (输出冲突) and the copies of a unit already in the batch (重复单位).
/// </summary>
internal static class BatchTotals
{
    public static string Line(IEnumerable<UnitStatus> statuses)
    {
        var list = statuses.ToList();
        var passed = list.Count(s => s == UnitStatus.Succeeded);
        var withErrors = list.Count(s => s is UnitStatus.Failed or UnitStatus.Forced);
        var unreadable = list.Count(s => s == UnitStatus.Unreadable);
        var line = string.Create(CultureInfo.InvariantCulture, $"{passed} 通过 · {withErrors} 有错误 · {unreadable} 无法读取");
        foreach (var status in new[] { UnitStatus.WriteFailed, UnitStatus.TemplateFailed, UnitStatus.AuditFailed, UnitStatus.OutputConflict, UnitStatus.DuplicateUnit })
        {
            var count = list.Count(s => s == status);
            if (count > 0)
            {
                line += string.Create(CultureInfo.InvariantCulture, $" · {count} {SummaryTable.StatusWord(status)}");
            }
        }

        return line;
    }
}
