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
        Total = classes.Aggregate(FunctionalAmounts.Zero, (sum, c) => sum.Plus(c.Amounts));
    }

    public IReadOnlyList<FunctionalNode> Classes { get; }

    public FunctionalAmounts Total { get; }

    /// <summary>Builds the tree of the lines that satisfy <paramref name="include"/> (all lines when null).</summary>
    public static FunctionalTree Build(IEnumerable<FunctionalLine> lines, ClassificationTable table, Func<FunctionalLine, bool>? include = null)
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
                        return Node(FunctionalNodeLevel.Section, sectionGroup.Key, NameOf(table, sectionGroup.Key, sectionGroup.First().SectionName), items);
                    })
                    .ToList();
                return Node(FunctionalNodeLevel.Class, classGroup.Key, NameOf(table, classGroup.Key, classGroup.First().ClassName), sections);
            })
            .ToList();
        return new FunctionalTree(classes);
    }

    /// <summary>The 一般公共预算 lines only: what 五、一般公共预算财政拨款支出 and table 5 report.</summary>
    public static FunctionalTree GeneralBudget(UnitYear unit, ClassificationTable table) =>
        Build(unit.Functional.Lines, table, l => l.Fund == Fund.GeneralBudget);

    private static FunctionalNode Node(FunctionalNodeLevel level, string code, string name, IReadOnlyList<FunctionalNode> children) =>
        new(level, code, name, children.Aggregate(FunctionalAmounts.Zero, (sum, c) => sum.Plus(c.Amounts)), children);

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
