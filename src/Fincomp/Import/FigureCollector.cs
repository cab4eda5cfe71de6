using Fincomp.Model;

namespace Fincomp.Import;

/// <summary>What the table readers find, before the lines of the four spending tables are put together.</summary>
internal sealed class FigureCollector
{
    private readonly List<KeyValuePair<string, ImportedAmount>> _scalars = [];

    public List<ImportedLine> FundLines { get; } = [];

    /// <summary>Table 3's 项 rows (all funds), to find the 其他资金 part.</summary>
    public List<ImportedLine> AllFundLines { get; } = [];

    public List<ImportedTotal> DeclaredTotals { get; } = [];

    public List<ImportedItem> Items { get; } = [];

    public List<ImportedIncome> Income { get; } = [];

    public bool HasExpenditureTable { get; set; }

    public void Set(string path, ImportedAmount? amount)
    {
        if (amount is not null)
        {
            _scalars.RemoveAll(s => s.Key == path);
            _scalars.Add(new(path, amount));
        }
    }

    public void Remove(string path) => _scalars.RemoveAll(s => s.Key == path);

    public ImportedAmount? Get(string path) => _scalars.FirstOrDefault(s => s.Key == path).Value;

    public ImportedFigures Build(string? unitName, int? year) => new()
    {
        UnitName = unitName,
        Year = year,
        Scalars = [.. _scalars],
        Lines = Ordered(),
        DeclaredTotals = [.. DeclaredTotals],
        Items = [.. Items],
        Income = [.. Income],
        IncomeFollowsSpending = IncomeFollowsSpending(),
    };

    /// <summary>
    /// The 财政拨款 lines by fund and code, each 项's 其他资金 part right after its 财政拨款 line, so that a 项 paid from
    /// both sources reads as two adjacent lines of one code; the 项 paid from 其他资金 alone follow at the end.
    /// </summary>
    private List<ImportedLine> Ordered()
    {
        var fiscal = FundLines.OrderBy(l => l.Fund).ThenBy(l => l.Code, StringComparer.Ordinal).ToList();
        var other = OtherFundLines().ToList();
        var lines = new List<ImportedLine>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in fiscal)
        {
            lines.Add(line);
            if (placed.Add(line.Code))
            {
                lines.AddRange(other.Where(o => o.Code == line.Code));
            }
        }

        return [.. lines, .. other.Where(o => !placed.Contains(o.Code))];
    }

    private static ImportedAmount? Add(ImportedAmount? a, ImportedAmount? b) =>
        a is null ? b : b is null ? a : a with { Value = a.Value + b.Value };

    /// <summary>
    /// True when table 2 is what fincomp prints from spending without <c>functional.income</c>: every row's income is its
    /// spending, all of it 财政拨款, and no balance carried into or out of the year (with balances, fincomp leaves those
    /// rows blank, so the lines must be written).
    /// </summary>
    private bool IncomeFollowsSpending()
    {
        if (!HasExpenditureTable || Income.Count != AllFundLines.Count || HasBalances())
        {
            return false;
        }

        return Income.All(income =>
            AllFundLines.FirstOrDefault(l => l.Code == income.Code) is { } spent
            && income.Columns[0]?.Value == spent.Actual.Value
            && (income.Columns[1]?.Value ?? 0m) == FundLines.Where(l => l.Code == income.Code).Sum(l => l.Actual.Value)
            && income.Columns.Skip(2).All(c => c is null || c.Value == 0m));
    }

    private bool HasBalances() =>
        _scalars.Any(s => s.Value is { Value: not 0m }
            && (s.Key is "statement.opening_balance" or "statement.closing_balance" or "statement.use_of_non_fiscal_balance" or "statement.balance_distribution"
                || s.Key.StartsWith("appropriations.opening_balance.", StringComparison.Ordinal)
                || s.Key.StartsWith("appropriations.closing_balance.", StringComparison.Ordinal)));

    /// <summary>Table 3 less tables 5, 8 and 9, code by code: what the unit spent from its own (non-财政拨款) funds.</summary>
    private IEnumerable<ImportedLine> OtherFundLines()
    {
        // A code spent from several funds may appear on several rows of table 3; its rows add up.
        var byCode = AllFundLines
            .GroupBy(l => l.Code, StringComparer.Ordinal)
            .Select(g => g.Skip(1).Aggregate(g.First(), (sum, l) => sum with
            {
                Actual = sum.Actual with { Value = sum.Actual.Value + l.Actual.Value },
                Basic = Add(sum.Basic, l.Basic),
                Project = Add(sum.Project, l.Project),
                RemittanceToSuperior = Add(sum.RemittanceToSuperior, l.RemittanceToSuperior),
                Operating = Add(sum.Operating, l.Operating),
                SubsidyToAffiliates = Add(sum.SubsidyToAffiliates, l.SubsidyToAffiliates),
            }));
        foreach (var all in byCode)
        {
            var fiscal = FundLines.Where(l => l.Code == all.Code).ToList();
            var actual = all.Actual.Value - fiscal.Sum(l => l.Actual.Value);
            if (actual == 0m)
            {
                continue;
            }

            ImportedAmount? Part(ImportedAmount? total, Func<ImportedLine, ImportedAmount?> part) =>
                total is null ? null : total with { Value = total.Value - fiscal.Sum(l => part(l)?.Value ?? 0m) };
            yield return new ImportedLine(all.Code, Fund.Other, all.Actual with { Value = actual }, Part(all.Basic, l => l.Basic), Part(all.Project, l => l.Project))
            {
                RemittanceToSuperior = all.RemittanceToSuperior,
                Operating = all.Operating,
                SubsidyToAffiliates = all.SubsidyToAffiliates,
            };
        }
    }
}
