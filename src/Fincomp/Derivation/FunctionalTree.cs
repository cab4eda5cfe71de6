using Fincomp.Checks;
using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Derivation;

/// <summary>
/// The 项 lines of one fund (or of all funds) rolled up into 类 → 款 → 项, in code order, as tables 2–5 and the
/// structure text need them. Lines keep the order of their codes, not of the file.
/// </summary>
public sealed class FunctionalTree
{
    private FunctionalTree(IReadOnlyList<FunctionalNode> classes)
    {
        Classes = classes;
        Total = Items(classes).Aggregate(FunctionalAmounts.Zero, (sum, item) => sum.Plus(item.Amounts));
    }

    public IReadOnlyList<FunctionalNode> Classes { get; }

    /// <summary>The sum of every 项 line, so it always equals the statement's figures whatever 类 totals were printed.</summary>
    public FunctionalAmounts Total { get; }

    /// <summary>
    /// The tree of the unit's lines that satisfy <paramref name="include"/> (all when null), as the report prints it:
    /// a 类 or 款 whose total the unit declares (<c>functional.declared_totals</c>, the figure of the official table) takes
    /// that total when it agrees with the sum of its 项 within rounding, because a total rounded once from 元 is closer to
    /// the truth than the sum of its rounded parts (the seed: 201 prints 773.13, its 项 add to 773.12). A declared total
    /// outside rounding is not used; the checker reports it (FC1201). Only nodes all of whose lines are 一般公共预算 take a
    /// declared total, since the declared totals describe that budget.
    /// </summary>
    public static FunctionalTree For(UnitYear unit, ClassificationTable table, Func<FunctionalLine, bool>? include = null) =>
        Build(unit.Functional.Lines, table, include, unit.Functional.DeclaredTotals);

    /// <summary>Builds the tree of the lines that satisfy <paramref name="include"/> (all lines when null), every node the plain sum of its 项.</summary>
    public static FunctionalTree Build(IEnumerable<FunctionalLine> lines, ClassificationTable table, Func<FunctionalLine, bool>? include = null) =>
        Build(lines, table, include, []);

    private static FunctionalTree Build(IEnumerable<FunctionalLine> lines, ClassificationTable table, Func<FunctionalLine, bool>? include, IReadOnlyList<DeclaredTotal> declared)
    {
        var selected = lines.Where(l => l.Code.Length == 7 && (include is null || include(l))).ToList();
        var classes = selected
            .GroupBy(l => l.Code[..3], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(classGroup =>
            {
                var sections = classGroup
                    .GroupBy(l => l.Code[..5], StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(sectionGroup =>
                    {
                        var items = sectionGroup
                            .OrderBy(l => l.Code, StringComparer.Ordinal)
                            .Select(l => new FunctionalNode(FunctionalNodeLevel.Item, l.Code, NameOf(table, l.Code, l.Name), AmountsOf(l), []) { Line = l })
                            .ToList();
                        return Node(FunctionalNodeLevel.Section, sectionGroup.Key, NameOf(table, sectionGroup.Key, sectionGroup.First().SectionName), items, sectionGroup.ToList(), declared);
                    })
                    .ToList();
                return Node(FunctionalNodeLevel.Class, classGroup.Key, NameOf(table, classGroup.Key, classGroup.First().ClassName), sections, classGroup.ToList(), declared);
            })
            .ToList();
        return new FunctionalTree(classes);
    }

    /// <summary>The 项 nodes below <paramref name="nodes"/>; the grand total is their sum, so it always equals the statement's.</summary>
    private static IEnumerable<FunctionalNode> Items(IEnumerable<FunctionalNode> nodes) =>
        nodes.SelectMany(n => n.Level == FunctionalNodeLevel.Item ? [n] : Items(n.Children));

    /// <summary>The 一般公共预算 lines only, as printed: what 五、一般公共预算财政拨款支出 and table 5 report.</summary>
    public static FunctionalTree GeneralBudget(UnitYear unit, ClassificationTable table) =>
        For(unit, table, l => l.Fund == Fund.GeneralBudget);

    private static FunctionalNode Node(
        FunctionalNodeLevel level,
        string code,
        string name,
        IReadOnlyList<FunctionalNode> children,
        IReadOnlyList<FunctionalLine> lines,
        IReadOnlyList<DeclaredTotal> declared)
    {
        var amounts = children.Aggregate(FunctionalAmounts.Zero, (sum, c) => sum.Plus(c.Amounts));
        var total = declared.FirstOrDefault(d => d.Code == code);
        if (total is not null && lines.All(l => l.Fund == Fund.GeneralBudget) && Agrees(total.Actual, lines))
        {
            // Only the total: the basic and project parts stay the sums of their 项, so that they add up to the
            // statement's 基本支出 and 项目支出 (a published table shows the same one-cent gaps).
            amounts = amounts with { Actual = total.Actual.Value };
        }

        return new FunctionalNode(level, code, name, amounts, children);
    }

    private static bool Agrees(Money declared, IReadOnlyList<FunctionalLine> lines)
    {
        var sum = lines.Aggregate(RoundingInterval.Exact(0m), (interval, line) => interval + RoundingInterval.Of(line.Actual));
        return RoundingInterval.Of(declared).Overlaps(sum);
    }

    private static FunctionalAmounts AmountsOf(FunctionalLine line) => new(
        line.Actual.Value,
        line.Basic.OrZero(),
        line.Project.OrZero(),
        line.Budget.OrZero(),
        line.InitialBudget.OrZero(),
        line.Budget is not null,
        line.InitialBudget is not null);

    /// <summary>The official name; what the clerk wrote only where the table does not know the code.</summary>
    private static string NameOf(ClassificationTable table, string code, string? written) =>
        table.Find(code)?.Name ?? written ?? code;
}
