using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Derivation;

/// <summary>
/// 一般公共预算财政拨款基本支出 (section 六, table 6): the total, 人员经费 (301 + 303) and 公用经费 (302 + 310), each its
/// figure of record, and the 经济分类 rows of table 6. 人员经费 and 公用经费 are null when the unit gives neither the
/// figure nor amounts for its 款, never a made-up 0.
/// </summary>
public sealed record BasicFigures
{
    /// <summary>The 经济分类 类 of 人员经费.</summary>
    public static readonly IReadOnlyList<string> PersonnelClasses = ["301", "303"];

    /// <summary>The 经济分类 类 of 公用经费.</summary>
    public static readonly IReadOnlyList<string> PublicClasses = ["302", "310"];

    /// <summary>一般公共预算财政拨款基本支出 of record.</summary>
    public required decimal Total { get; init; }

    public required decimal? Personnel { get; init; }

    public required decimal? Public { get; init; }

    /// <summary>The 款 names of 人员经费 in the order written.</summary>
    public required IReadOnlyList<string> PersonnelItems { get; init; }

    /// <summary>The 款 names of 公用经费 in the order written.</summary>
    public required IReadOnlyList<string> PublicItems { get; init; }

    /// <summary>Table 6's left side (301, 303 and their 款) and right side (302, 310 and their 款).</summary>
    public required IReadOnlyList<EconomicRow> PersonnelRows { get; init; }

    public required IReadOnlyList<EconomicRow> PublicRows { get; init; }

    /// <summary>True when the unit wrote <c>basic_expenditure</c> at all.</summary>
    public required bool IsGiven { get; init; }

    /// <summary>True when the code belongs to one of the classes.</summary>
    public static bool IsIn(string code, IEnumerable<string> classes) => classes.Any(c => code.StartsWith(c, StringComparison.Ordinal));

    internal static BasicFigures From(UnitYear unit, FunctionalTree generalBudget, ClassificationTable economic)
    {
        var section = unit.BasicExpenditure;
        var personnel = Group(section, section.Personnel, PersonnelClasses);
        var publicCosts = Group(section, section.Public, PublicClasses);
        return new BasicFigures
        {
            Total = TotalOf(unit, generalBudget, personnel, publicCosts),
            Personnel = personnel?.Value,
            Public = publicCosts?.Value,
            PersonnelItems = Names(section, PersonnelClasses, economic),
            PublicItems = Names(section, PublicClasses, economic),
            PersonnelRows = Rows(section.Items, PersonnelClasses, personnel?.Value, economic),
            PublicRows = Rows(section.Items, PublicClasses, publicCosts?.Value, economic),
            IsGiven = unit.IsWritten(nameof(UnitYear.BasicExpenditure)) || section.Personnel is not null || section.Public is not null || section.Items.Count > 0,
        };
    }

    /// <summary>人员经费 or 公用经费: as printed when it agrees with its 款 amounts, else their sum; null when neither is given.</summary>
    private static Summed? Group(BasicExpenditure section, Money? printed, IReadOnlyList<string> classes)
    {
        var amounts = section.Items.Where(i => i.Amount is not null && IsIn(i.Code, classes)).Select(i => i.Amount).ToList();
        if (amounts.Count == 0)
        {
            return printed is { } p ? Summed.Of(p) : null;
        }

        return FigureOfRecord.Choose(printed, Summed.Of(amounts));
    }

    /// <summary>
    /// The 基本支出 of 一般公共预算: the 项 lines' basic parts; the statement's 基本支出 when every line is 一般公共预算
    /// (then they are one quantity) and it agrees; else 人员经费 + 公用经费 when they agree.
    /// </summary>
    private static decimal TotalOf(UnitYear unit, FunctionalTree generalBudget, Summed? personnel, Summed? publicCosts)
    {
        var lines = unit.Functional.Lines;
        var split = lines.Any(l => l.Fund == Fund.GeneralBudget && l.Basic is not null);
        var parts = Summed.Of(lines.Where(l => l.Fund == Fund.GeneralBudget).Select(l => l.Basic));
        if (lines.Count > 0 && lines.All(l => l.Fund == Fund.GeneralBudget) && unit.Statement.Expenditure.Basic is { } printed
            && (!split || FigureOfRecord.Agrees(printed, parts)))
        {
            return printed.Value;
        }

        if (personnel is { } p && publicCosts is { } q && (!split || (p + q).Interval.Overlaps(parts.Interval)))
        {
            return (p + q).Value;
        }

        return generalBudget.Total.Basic;
    }

    private static IReadOnlyList<string> Names(BasicExpenditure section, IReadOnlyList<string> classes, ClassificationTable economic) =>
    [
        .. section.Items.Where(i => IsIn(i.Code, classes)).Select(i => i.Name ?? economic.Find(i.Code)?.Name ?? i.Code),
    ];

    /// <summary>
    /// A 类 row sums its 款 only when every 款 amount is known (many units publish the names without amounts); when the
    /// group has a single 类, that 类 is the group (人员经费 or 公用经费) and prints its figure of record.
    /// </summary>
    private static IReadOnlyList<EconomicRow> Rows(IReadOnlyList<EconomicItem> items, IReadOnlyList<string> classes, decimal? group, ClassificationTable economic)
    {
        var present = classes.Where(c => items.Any(i => i.Code.StartsWith(c, StringComparison.Ordinal))).ToList();
        var rows = new List<EconomicRow>();
        foreach (var classCode in present)
        {
            var members = items.Where(i => i.Code.StartsWith(classCode, StringComparison.Ordinal)).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
            decimal? sum = members.All(m => m.Amount is not null) ? members.Sum(m => m.Amount!.Value.Value) : null;
            if (present.Count == 1 && sum is not null && group is { } whole)
            {
                sum = whole;
            }

            rows.Add(new EconomicRow(classCode, economic.Find(classCode)?.Name ?? classCode, sum, true));
            rows.AddRange(members.Select(m => new EconomicRow(m.Code, economic.Find(m.Code)?.Name ?? m.Name ?? m.Code, m.Amount?.Value, false)));
        }

        return rows;
    }
}
