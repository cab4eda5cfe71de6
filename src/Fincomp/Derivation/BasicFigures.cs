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

    /// <summary>A printed 人员经费 or 公用经费 that agrees with its 款 but not with 基本支出 beside the other (FC1107).</summary>
    public required IReadOnlyList<SetAsideTotal> SetAside { get; init; }

    /// <summary>True when the unit wrote <c>basic_expenditure</c> at all.</summary>
    public required bool IsGiven { get; init; }

    /// <summary>True when the code belongs to one of the classes.</summary>
    public static bool IsIn(string code, IEnumerable<string> classes) => classes.Any(c => code.StartsWith(c, StringComparison.Ordinal));

    /// <summary>
    /// The figures with 基本支出 of record: <paramref name="total"/> where the caller settled it (the 一般公共预算 table
    /// could not print the one chosen here), else chosen as <see cref="TotalOf"/> says. 人员经费 and 公用经费 then add
    /// up to it exactly (<see cref="AddUpTo"/>).
    /// </summary>
    internal static BasicFigures From(UnitYear unit, FunctionalTree generalBudget, ClassificationTable economic, decimal? total = null)
    {
        var section = unit.BasicExpenditure;
        var personnel = Group(section, section.Personnel, PersonnelClasses);
        var publicCosts = Group(section, section.Public, PublicClasses);
        var basic = total ?? TotalOf(unit, generalBudget, personnel, publicCosts);
        var personnelItems = ItemAmounts(section, PersonnelClasses);
        var publicItems = ItemAmounts(section, PublicClasses);
        var setAside = new List<SetAsideTotal>();
        if (personnel is { } p && publicCosts is { } q && p.Value + q.Value != basic)
        {
            // A printed 人员经费 or 公用经费 a cent off its own 款 does not add up with the other to 基本支出: it is set
            // aside for the sum of its 款, rather than the other figure (which the clerk gave) being changed to fit.
            var blocker = $"人员经费与公用经费之和须等于基本支出 {Display.FixedAmount(basic)}，采用它时两者之和为 {Display.FixedAmount(p.Value + q.Value)}";
            personnel = SetAsideOffItems("人员经费", section, section.Personnel, p, PersonnelClasses, blocker, setAside);
            publicCosts = SetAsideOffItems("公用经费", section, section.Public, q, PublicClasses, blocker, setAside);
        }

        var (personnelValue, publicValue) = AddUpTo(basic, personnel?.Value, publicCosts?.Value, personnelItems, publicItems);
        foreach (var (what, printed, used, other) in new[] { ("人员经费", section.Personnel, personnelValue, publicValue), ("公用经费", section.Public, publicValue, personnelValue) })
        {
            // The dependent cell of the controlled rounding moved a figure the clerk printed: check says so (FC1107).
            if (printed is { } figure && used is { } value && value != figure.Value && !setAside.Any(s => s.What == what) && other is { } rest)
            {
                // Without 款 amounts the figure used is not a sum of items but 基本支出 less the other group.
                var noItems = personnelItems.Count + publicItems.Count == 0;
                setAside.Add(new SetAsideTotal(what, figure, value, noItems ? [basic, rest] : (what == "人员经费" ? personnelItems : publicItems),
                    $"人员经费与公用经费之和须等于基本支出 {Display.FixedAmount(basic)}，而另一项为 {Display.FixedAmount(rest)}",
                    noItems ? $"基本支出 {Display.FixedAmount(basic)} 减去{(what == "人员经费" ? "公用经费" : "人员经费")} {Display.FixedAmount(rest)} 之差" : null));
            }
        }

        return new BasicFigures
        {
            Total = basic,
            Personnel = personnelValue,
            Public = publicValue,
            PersonnelItems = Names(section, PersonnelClasses, economic),
            PublicItems = Names(section, PublicClasses, economic),
            PersonnelRows = Rows(section.Items, PersonnelClasses, personnelValue, economic),
            PublicRows = Rows(section.Items, PublicClasses, publicValue, economic),
            SetAside = setAside,
            IsGiven = unit.IsWritten(nameof(UnitYear.BasicExpenditure)) || section.Personnel is not null || section.Public is not null || section.Items.Count > 0,
        };
    }

    /// <summary>
    /// Controlled rounding of section 六: where 人员经费 + 公用经费 differ from 基本支出 of record by rounding (398.76 +
    /// 87.45 beside 486.20), the larger of the two is the dependent cell and takes the difference, so that they add up
    /// as printed; the other takes it where the larger one could then no longer be printed over its 款 (table 6). Where
    /// neither can, or the difference is beyond rounding (the checker reports it), they stay as they are.
    /// </summary>
    private static (decimal? Personnel, decimal? Public) AddUpTo(decimal total, decimal? personnel, decimal? publicCosts,
        IReadOnlyList<decimal> personnelItems, IReadOnlyList<decimal> publicItems)
    {
        if (personnel is not { } p || publicCosts is not { } q || p + q == total
            || !FigureOfRecord.Printable(total, [p, q]))
        {
            return (personnel, publicCosts);
        }

        var difference = total - (p + q);
        var personnelFirst = p >= q;
        foreach (var adjustPersonnel in new[] { personnelFirst, !personnelFirst })
        {
            var (moved, items) = adjustPersonnel ? (p + difference, personnelItems) : (q + difference, publicItems);
            if (moved >= 0m && (items.Count == 0 || FigureOfRecord.Printable(moved, items)))
            {
                return adjustPersonnel ? (moved, q) : (p, moved);
            }
        }

        return (personnel, publicCosts);
    }

    /// <summary>
    /// The sum of the 款 in place of a printed group figure that differs from it (recorded in <paramref name="setAside"/>);
    /// the group unchanged where it is not printed, has no 款 amounts, or equals their sum.
    /// </summary>
    private static Summed SetAsideOffItems(string what, BasicExpenditure section, Money? printed, Summed group, IReadOnlyList<string> classes,
        string blocker, List<SetAsideTotal> setAside)
    {
        var items = section.Items.Where(i => i.Amount is not null && IsIn(i.Code, classes)).Select(i => i.Amount).ToList();
        var sum = Summed.Of(items);
        if (printed is not { } figure || items.Count == 0 || group.Value != figure.Value || sum.Value == figure.Value)
        {
            return group;
        }

        setAside.Add(new SetAsideTotal(what, figure, sum.Value, [.. items.Select(i => i!.Value.Value)], blocker));
        return sum;
    }

    private static IReadOnlyList<decimal> ItemAmounts(BasicExpenditure section, IReadOnlyList<string> classes) =>
        [.. section.Items.Where(i => i.Amount is not null && IsIn(i.Code, classes)).Select(i => i.Amount!.Value.Value)];

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
    /// The 基本支出 of 一般公共预算: the 项 lines' basic parts; the statement's 基本支出 when all basic spending is
    /// 一般公共预算 (<see cref="IsAllBasicSpending"/>: then they are one quantity, printed in section 三 and section 六
    /// alike) and it agrees; else 人员经费 + 公用经费 when they agree.
    /// </summary>
    private static decimal TotalOf(UnitYear unit, FunctionalTree generalBudget, Summed? personnel, Summed? publicCosts)
    {
        if (StatedTotal(unit) is { } stated)
        {
            return stated;
        }

        var lines = unit.Functional.Lines;
        var split = lines.Any(l => l.Fund == Fund.GeneralBudget && l.Basic is not null);
        var parts = Summed.Of(lines.Where(l => l.Fund == Fund.GeneralBudget).Select(l => l.Basic));

        if (personnel is { } p && publicCosts is { } q && (!split || (p + q).Interval.Overlaps(parts.Interval)))
        {
            return (p + q).Value;
        }

        return generalBudget.Total.Basic;
    }

    /// <summary>
    /// The statement's 基本支出 where it is 一般公共预算财政拨款基本支出 itself (<see cref="IsAllBasicSpending"/>) and agrees
    /// with the basic parts of the 一般公共预算 项 (when they are split); else null. The 一般公共预算 tree takes its split of
    /// record from it when a cent moves its 合计 (<see cref="FunctionalTree.WithTotal"/>).
    /// </summary>
    internal static decimal? StatedTotal(UnitYear unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var lines = unit.Functional.Lines;
        var split = lines.Any(l => l.Fund == Fund.GeneralBudget && l.Basic is not null);
        var parts = Summed.Of(lines.Where(l => l.Fund == Fund.GeneralBudget).Select(l => l.Basic));
        return IsAllBasicSpending(lines) && unit.Statement.Expenditure.Basic is { } printed && (!split || FigureOfRecord.Agrees(printed, parts))
            ? printed.Value
            : null;
    }

    /// <summary>
    /// True when the 一般公共预算 项 carry all of the unit's basic spending: every line of another fund (政府性基金,
    /// 国有资本经营, 其他资金) is wholly 项目支出. The statement's 基本支出 is then 一般公共预算财政拨款基本支出 itself.
    /// </summary>
    internal static bool IsAllBasicSpending(IReadOnlyList<FunctionalLine> lines) =>
        lines.Count > 0 && lines.All(l => l.Fund == Fund.GeneralBudget
            || (l.Basic is { } basic ? basic.Value == 0m : l.Project is { } project && project.Value == l.Actual.Value));

    private static IReadOnlyList<string> Names(BasicExpenditure section, IReadOnlyList<string> classes, ClassificationTable economic) =>
    [
        .. section.Items.Where(i => IsIn(i.Code, classes)).Select(i => i.Name ?? economic.Find(i.Code)?.Name ?? i.Code),
    ];

    /// <summary>
    /// The table lists what the unit gave and never a row of blanks: 款 with their amounts, and a 类 row only when every
    /// one of its 款 has an amount (it is their sum); 款 named without amounts, as many units publish them, are left to
    /// the two 合计 rows. When the group has a single 类, that 类 is the group (人员经费 or 公用经费) and prints its
    /// figure of record.
    /// </summary>
    private static IReadOnlyList<EconomicRow> Rows(IReadOnlyList<EconomicItem> items, IReadOnlyList<string> classes, decimal? group, ClassificationTable economic)
    {
        var present = classes.Where(c => items.Any(i => i.Code.StartsWith(c, StringComparison.Ordinal))).ToList();
        var rows = new List<EconomicRow>();
        foreach (var classCode in present)
        {
            var members = items.Where(i => i.Code.StartsWith(classCode, StringComparison.Ordinal)).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
            var known = members.Where(m => m.Amount is not null).ToList();
            if (known.Count == 0)
            {
                continue;
            }

            if (known.Count == members.Count)
            {
                var sum = present.Count == 1 && group is { } whole ? whole : known.Sum(m => m.Amount!.Value.Value);
                rows.Add(new EconomicRow(classCode, economic.Find(classCode)?.Name ?? classCode, sum, true));
            }

            rows.AddRange(known.Select(m => new EconomicRow(m.Code, economic.Find(m.Code)?.Name ?? m.Name ?? m.Code, m.Amount?.Value, false)));
        }

        return rows;
    }
}
