using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Derivation;

/// <summary>
/// The 项 lines of one fund (or of all funds) rolled up into 类 → 款 → 项, in code order, as tables 2–5 and the
/// structure text need them. Lines keep the order of their codes, not of the file.
/// </summary>
public sealed class FunctionalTree
{
    /// <summary>The rows as built from the lines, before a total of record moved a cent into them.</summary>
    private readonly IReadOnlyList<FunctionalNode> _built;

    private FunctionalTree(IReadOnlyList<FunctionalNode> classes)
        : this(classes, Items(classes).Aggregate(FunctionalAmounts.Zero, (sum, item) => sum.Plus(item.Amounts)), classes)
    {
    }

    private FunctionalTree(IReadOnlyList<FunctionalNode> classes, FunctionalAmounts total, IReadOnlyList<FunctionalNode> built)
    {
        Classes = classes;
        Total = total;
        _built = built;
    }

    public IReadOnlyList<FunctionalNode> Classes { get; }

    /// <summary>The sum of every 项 line (or the total of record given to <see cref="WithTotal"/>), whatever 类 totals were printed.</summary>
    public FunctionalAmounts Total { get; }

    /// <summary>
    /// The same tree with its 合计 set to a total of record, the split adjusted as for any row (<see cref="WithRecordActual"/>);
    /// where the 合计 moves and <paramref name="basic"/> gives the 基本支出 of record, the cent goes to 基本支出 first (项目支出
    /// the dependent cell), so that the rows below add up to the 基本支出 every other table prints.
    /// </summary>
    public FunctionalTree WithTotal(decimal actual, decimal? basic = null)
    {
        var options = RecordSplits(Total, actual).Select(WithTotalAmounts).ToList();
        var chosen = options.FirstOrDefault(NoPartExceeds) ?? options[0];
        if (basic is { } stated && actual != Total.Actual && IsSplit(Total) && stated >= 0m && stated <= actual)
        {
            // The split of record only where its rows can be printed at least as well as with the usual dependent cell.
            var ofRecord = WithTotalAmounts(Total with { Actual = actual, Basic = stated, Project = actual - stated });
            if (NoPartExceeds(ofRecord) && PrintedTreeSums.Failures([ofRecord]) <= PrintedTreeSums.Failures([chosen]))
            {
                return ofRecord;
            }
        }

        return chosen;
    }

    private static bool NoPartExceeds(FunctionalTree tree) =>
        NoPartExceeds(new FunctionalNode(FunctionalNodeLevel.Class, string.Empty, string.Empty, tree.Total, tree.Classes));

    /// <summary>
    /// The same tree with the 合计's 基本支出 set to its figure of record and 项目支出 the dependent cell (合计 − 基本支出),
    /// where every 项 is split completely, 基本支出 lies within the 合计, and every row can then still be printed over the
    /// rows below it (<see cref="PrintedTreeSums"/>); otherwise unchanged.
    /// </summary>
    public FunctionalTree WithBasic(decimal basic)
    {
        if (Total.Basic + Total.Project != Total.Actual || Total.Basic == basic || basic < 0m || basic > Total.Actual)
        {
            return this;
        }

        var adjusted = WithTotalAmounts(Total with { Basic = basic, Project = Total.Actual - basic });
        return PrintedTreeSums.Failures([adjusted]) <= PrintedTreeSums.Failures([this]) ? adjusted : this;
    }

    /// <summary>
    /// One 类 is the whole and prints the 合计 of record; several add up to it (<see cref="Distribute"/>). The rows start
    /// from the tree as built, so that a 基本支出 of record set after <see cref="WithTotal"/> moved a cent goes down the
    /// same path as that cent (the 类 that took 0.01 of 决算数 takes it as 基本支出, not as 项目支出 beside a 基本支出
    /// of record that its rows no longer add up to).
    /// </summary>
    private FunctionalTree WithTotalAmounts(FunctionalAmounts total) =>
        _built.Count == 1 && _built[0].Amounts != total
            ? new([Adjusted(_built[0], total)], total, _built)
            : new(Distribute(_built, total), total, _built);

    /// <summary>
    /// This tree (all funds, tables 1–3, or all 财政拨款, table 4) with every cent the trees of record of the funds
    /// (<paramref name="funds"/>: each as built and as of record) moved into a 类 or 款 moved into the same row here, so
    /// that a row prints one value in every table: a 类 of 1194.55 that took 0.01 to balance 一般公共预算 spending in
    /// table 5 prints 1194.56 in table 3 too, and a 类 that also holds other funds' lines prints their sum with it.
    /// </summary>
    public FunctionalTree Following(IEnumerable<(FunctionalTree Built, FunctionalTree OfRecord)> funds)
    {
        ArgumentNullException.ThrowIfNull(funds);
        var shifts = new Dictionary<string, FunctionalAmounts>(StringComparer.Ordinal);
        var total = Total;
        foreach (var (built, ofRecord) in funds)
        {
            total = total.Plus(Shift(built.Total, ofRecord.Total));
            var before = Flatten(built.Classes).ToDictionary(n => n.Code, StringComparer.Ordinal);
            foreach (var node in Flatten(ofRecord.Classes))
            {
                if (before.TryGetValue(node.Code, out var was) && Shift(was.Amounts, node.Amounts) is var shift && shift != FunctionalAmounts.Zero)
                {
                    shifts[node.Code] = shifts.TryGetValue(node.Code, out var earlier) ? earlier.Plus(shift) : shift;
                }
            }
        }

        return shifts.Count == 0 && total == Total ? this : new FunctionalTree(Shifted(Classes, shifts), total, _built);
    }

    /// <summary>What moved between two figures of one row, in 决算数, 基本支出 and 项目支出 (the columns a total of record moves).</summary>
    private static FunctionalAmounts Shift(FunctionalAmounts from, FunctionalAmounts to) =>
        FunctionalAmounts.Zero with { Actual = to.Actual - from.Actual, Basic = to.Basic - from.Basic, Project = to.Project - from.Project };

    private static IReadOnlyList<FunctionalNode> Shifted(IReadOnlyList<FunctionalNode> nodes, IReadOnlyDictionary<string, FunctionalAmounts> shifts) =>
    [
        .. nodes.Select(n => n with
        {
            Amounts = shifts.TryGetValue(n.Code, out var shift) ? n.Amounts.Plus(shift) : n.Amounts,
            Children = Shifted(n.Children, shifts),
        }),
    ];

    private static IEnumerable<FunctionalNode> Flatten(IEnumerable<FunctionalNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));

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

    /// <summary>Builds the tree of all lines with the printed totals of record, as the tables print it.</summary>
    public static FunctionalTree Build(IEnumerable<FunctionalLine> lines, ClassificationTable table, IReadOnlyList<DeclaredTotal> declared) =>
        Build(lines, table, null, declared);

    private static FunctionalTree Build(IEnumerable<FunctionalLine> lines, ClassificationTable table, Func<FunctionalLine, bool>? include, IReadOnlyList<DeclaredTotal> declared)
    {
        var selected = ItemCoded.Of(lines, l => l.Code).Where(l => include is null || include(l.Line)).ToList();
        var classes = selected
            .GroupBy(l => l.Code.Class, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(classGroup =>
            {
                var sections = classGroup
                    .GroupBy(l => l.Code.Section, StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(sectionGroup =>
                    {
                        var items = sectionGroup
                            .GroupBy(l => l.Code.Item, l => l.Line, StringComparer.Ordinal)
                            .OrderBy(g => g.Key, StringComparer.Ordinal)
                            .Select(g => Item(g, table))
                            .ToList();
                        var sectionLines = sectionGroup.Select(l => l.Line).ToList();
                        return Node(FunctionalNodeLevel.Section, sectionGroup.Key, NameOf(table, sectionGroup.Key, sectionLines[0].SectionName), items, sectionLines, declared);
                    })
                    .ToList();
                var classLines = classGroup.Select(l => l.Line).ToList();
                return Node(FunctionalNodeLevel.Class, classGroup.Key, NameOf(table, classGroup.Key, classLines[0].ClassName), sections, classLines, declared);
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
        if (total is not null && lines.All(l => l.Fund == Fund.GeneralBudget)
            && FigureOfRecord.Agrees(total.Actual, Summed.Of(lines.Select(l => (Money?)l.Actual))))
        {
            var options = RecordSplits(amounts, total.Actual.Value)
                .Select(a => new FunctionalNode(level, code, name, a, Distribute(children, a)) { Declared = true }).ToList();
            return options.FirstOrDefault(NoPartExceeds) ?? options[0];
        }

        return new FunctionalNode(level, code, name, amounts, Distribute(children, amounts));
    }

    /// <summary>
    /// A row whose total is a figure of record that differs from the sum of its 项 by rounding: 基本支出 and 项目支出 are
    /// the dependent cells, and the larger of the two takes the difference, so that the row adds exactly and no part
    /// is larger than its whole (controlled rounding; the columns then add within the rounding of their parts). The
    /// split is adjusted only where every 项 below is split completely.
    /// </summary>
    public static FunctionalAmounts WithRecordActual(FunctionalAmounts amounts, decimal actual)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var difference = actual - amounts.Actual;
        var split = amounts.Basic + amounts.Project;
        var adjusted = amounts with { Actual = actual };
        if (difference == 0m || split != amounts.Actual)
        {
            return adjusted;
        }

        return amounts.Basic >= amounts.Project
            ? adjusted with { Basic = amounts.Basic + difference }
            : adjusted with { Project = amounts.Project + difference };
    }

    /// <summary>
    /// The rows a figure of record can make, in order of preference: the larger of 基本支出 and 项目支出 takes the
    /// difference (<see cref="WithRecordActual"/>), else the other one, where it stays at least 0. The caller takes the
    /// first whose parts then stay within it in every column (a 项 of 1121.06 基本支出 beside one of 0.01 项目支出 under a
    /// 类 of record 1121.06 leaves 基本支出 alone and moves the 0.01).
    /// </summary>
    private static IEnumerable<FunctionalAmounts> RecordSplits(FunctionalAmounts amounts, decimal actual)
    {
        var preferred = WithRecordActual(amounts, actual);
        yield return preferred;
        var difference = actual - amounts.Actual;
        if (difference == 0m || !IsSplit(amounts))
        {
            yield break;
        }

        var other = preferred.Basic != amounts.Basic
            ? amounts with { Actual = actual, Project = amounts.Project + difference }
            : amounts with { Actual = actual, Basic = amounts.Basic + difference };
        if (other.Basic >= 0m && other.Project >= 0m)
        {
            yield return other;
        }
    }

    /// <summary>A node with a new figure of record, the difference passed on to its children (<see cref="Distribute"/>).</summary>
    private static FunctionalNode Adjusted(FunctionalNode node, FunctionalAmounts amounts) =>
        node with { Amounts = amounts, Children = Distribute(node.Children, amounts) };

    /// <summary>
    /// Controlled rounding down the tree: when a node's figures of record differ from the sums of its children, the
    /// differences go to one child so that the children add up to the node exactly, column by column (合计, 基本支出,
    /// 项目支出), and none is larger than it in any column. The child takes the parent's column differences as they are,
    /// so a 基本支出 or 项目支出 of record above (the 合计 row's, set by <see cref="WithBasic"/>) is the one that moves
    /// below, never the other. An only child is the same quantity as its parent and takes the parent's figures (unless
    /// it is a 项, a figure the unit wrote); among several, the largest child whose figure is not itself one the unit
    /// wrote (a 项 or a declared total), and whose own parts then stay within it and within the rounding of their 项 in every column, takes them.
    /// Where no child can take them the children keep their figures and add up within the rounding of their parts.
    /// Only a 合计 that moved is passed down: a 合计 of the children's sum whose split alone was re-chosen above leaves
    /// the children as the unit's table prints them (the seed's 201 row: 174.77 and 598.36), adding within rounding.
    /// </summary>
    private static IReadOnlyList<FunctionalNode> Distribute(IReadOnlyList<FunctionalNode> children, FunctionalAmounts target)
    {
        var sum = children.Aggregate(FunctionalAmounts.Zero, (total, c) => total.Plus(c.Amounts));
        var difference = target.Actual - sum.Actual;
        var splitDifferences = IsSplit(target) && IsSplit(sum);
        if (children.Count == 0 || difference == 0m)
        {
            return children;
        }

        var candidates = Enumerable.Range(0, children.Count)
            .Where(i => children.Count == 1 ? children[i].Level != FunctionalNodeLevel.Item : !IsWritten(children[i]))
            .OrderByDescending(i => children[i].Amounts.Actual);
        foreach (var index in candidates)
        {
            var child = children[index];
            IEnumerable<FunctionalAmounts> options = splitDifferences && IsSplit(child.Amounts)
                ?
                [
                    child.Amounts with
                    {
                        Actual = child.Amounts.Actual + difference,
                        Basic = child.Amounts.Basic + (target.Basic - sum.Basic),
                        Project = child.Amounts.Project + (target.Project - sum.Project),
                    },
                ]
                : RecordSplits(child.Amounts, child.Amounts.Actual + difference);
            foreach (var amounts in options)
            {
                var candidate = Adjusted(child, amounts);
                if (amounts.Basic >= 0m && amounts.Project >= 0m && NoPartExceeds(candidate) && PrintsOverItsRows(candidate))
                {
                    var adjusted = children.ToList();
                    adjusted[index] = candidate;
                    return adjusted;
                }
            }
        }

        // An only child is its parent's quantity: where no split keeps every column within it (the 项 below leave no
        // room), it still takes the parent's 合计, as long as no 项 exceeds that.
        if (children.Count == 1 && children[0].Level != FunctionalNodeLevel.Item)
        {
            var only = Adjusted(children[0], WithRecordActual(children[0].Amounts, target.Actual));
            if (TotalsHold(only))
            {
                return [only];
            }
        }

        return children;
    }

    /// <summary>True when 基本支出 and 项目支出 add up to the 合计, so that their differences are the 合计's.</summary>
    private static bool IsSplit(FunctionalAmounts amounts) => amounts.Basic + amounts.Project == amounts.Actual;

    /// <summary>
    /// True when the node can be printed over the rows below it, at every level and in every column, as the self-audit
    /// reads the table (<see cref="FigureOfRecord.Printable"/>: two decimals each, a printed 0.00 exactly nothing), so
    /// that passing a difference down never moves a row beyond the rounding of its parts.
    /// </summary>
    private static bool PrintsOverItsRows(FunctionalNode node) =>
        node.Level == FunctionalNodeLevel.Item
        || (FigureOfRecord.Printable(node.Amounts.Actual, node.Children.Select(c => c.Amounts.Actual))
            && FigureOfRecord.Printable(node.Amounts.Basic, node.Children.Select(c => c.Amounts.Basic))
            && FigureOfRecord.Printable(node.Amounts.Project, node.Children.Select(c => c.Amounts.Project))
            && node.Children.All(PrintsOverItsRows));

    /// <summary>True when no node below <paramref name="node"/> has a 合计 larger than its parent's.</summary>
    private static bool TotalsHold(FunctionalNode node) =>
        node.Children.All(c => c.Amounts.Actual <= node.Amounts.Actual && TotalsHold(c));

    /// <summary>True when no node below <paramref name="node"/> is larger than its parent in 合计, 基本支出 or 项目支出.</summary>
    private static bool NoPartExceeds(FunctionalNode node) =>
        node.Children.All(c => c.Amounts.Actual <= node.Amounts.Actual
            && c.Amounts.Basic <= node.Amounts.Basic
            && c.Amounts.Project <= node.Amounts.Project
            && NoPartExceeds(c));

    /// <summary>
    /// A 项, a 类 or 款 printing its declared total, or a node whose only child is one: its figure is one the unit wrote,
    /// and every table prints it alike (a declared 201 of 773.13 never becomes 773.12 in one fund's table only).
    /// </summary>
    private static bool IsWritten(FunctionalNode node) =>
        node.Level == FunctionalNodeLevel.Item || node.Declared || (node.Children.Count == 1 && IsWritten(node.Children[0]));

    /// <summary>
    /// One 项 row from its lines: a 项 paid from several fund sources (财政拨款 and 其他资金, each a line of its own) is one
    /// row of the total, as 支出决算表 prints it; a tree of one fund holds only that fund's line.
    /// </summary>
    private static FunctionalNode Item(IGrouping<string, FunctionalLine> lines, ClassificationTable table)
    {
        var parts = lines.OrderBy(l => l.Fund).ToList();
        var amounts = parts.Aggregate(FunctionalAmounts.Zero, (sum, l) => sum.Plus(AmountsOf(l)));
        return new FunctionalNode(FunctionalNodeLevel.Item, lines.Key, NameOf(table, lines.Key, parts.Select(l => l.Name).FirstOrDefault(n => n is not null)), amounts, []) { Lines = parts };
    }

    private static FunctionalAmounts AmountsOf(FunctionalLine line) => new(
        line.Actual.Value,
        line.Basic.OrZero(),
        line.Project.OrZero(),
        line.Budget.OrZero(),
        line.InitialBudget.OrZero(),
        line.Budget is not null,
        line.InitialBudget is not null)
    {
        RemittanceToSuperior = line.RemittanceToSuperior.OrZero(),
        Operating = line.Operating.OrZero(),
        SubsidyToAffiliates = line.SubsidyToAffiliates.OrZero(),
    };

    /// <summary>The official name; what the clerk wrote only where the table does not know the code.</summary>
    private static string NameOf(ClassificationTable table, string code, string? written) =>
        table.Find(code)?.Name ?? written ?? code;
}
