using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Fincomp.Reference;

namespace Fincomp.Checks.Rules;

/// <summary>
/// The key term of each 项 of a 功能分类 table: its official name without what many 项 share — a leading 其他 or
/// 行政单位/事业单位/机关事业单位, a trailing 支出 or 缴费支出 (2080501 行政单位离退休 → 离退休, 2210201 住房公积金 →
/// 住房公积金). A term of two characters is too common a word to stand for its 项 (医疗, 培训), so the 项 keeps its full
/// name (行政单位医疗). Names that recur under three or more 款 (行政运行, 事业运行, 一般行政管理事务, 机关服务) name no
/// subject and have no term. Computed once per table.
/// </summary>
internal static partial class SubjectTerms
{
    private const int ItemCodeLength = 7;

    private const int GenericAfter = 3;

    private static readonly ConditionalWeakTable<ClassificationTable, IReadOnlyDictionary<string, string>> Cache = new();

    /// <summary>The key term of the 项 with this code, or null when it names no particular subject or is not in the table.</summary>
    public static string? Of(ClassificationTable table, string code) =>
        Cache.GetValue(table, Build).GetValueOrDefault(code);

    private static IReadOnlyDictionary<string, string> Build(ClassificationTable table)
    {
        var items = table.Entries.Where(e => e.Code.Length == ItemCodeLength).ToList();
        var generic = items.GroupBy(e => Stem(e.Name), StringComparer.Ordinal)
            .Where(g => g.Count() >= GenericAfter).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var stem = Stem(item.Name);
            if (generic.Contains(stem))
            {
                continue;
            }

            var term = stem.Length >= 3 ? stem : item.Name;
            if (term.Length >= 3)
            {
                terms[item.Code] = term;
            }
        }

        return terms;
    }

    private static string Stem(string name) => Suffix().Replace(Prefix().Replace(name, ""), "");

    [GeneratedRegex("^(?:其他)?(?:机关事业单位|行政单位|事业单位)?")]
    private static partial Regex Prefix();

    [GeneratedRegex("(?:缴费)?支出$")]
    private static partial Regex Suffix();
}
