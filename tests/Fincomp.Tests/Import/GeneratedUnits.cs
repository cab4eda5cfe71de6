using System.Globalization;
using System.Text;
using Fincomp.Reference;

namespace Fincomp.Tests.Import;

/// <summary>
/// Unit files with random figures in every place the nine tables read — lines of all four funds (some 项 paid from
/// 财政拨款 and 其他资金 both), balances, a negative 结余分配, economic items with and without amounts, "三公" parts,
/// income by 科目 in half of them — one per seed.
/// The figures need not agree with each other (the round trip must give back whatever the tables print), except that
/// income by 科目 adds up to the statement's income, as table 2 prints only columns that add up to its 合计.
/// </summary>
internal static class GeneratedUnits
{
    private static readonly string[] ItemCodes = [.. ClassificationTable.Functional.Entries.Where(e => e.Code.Length == 7).Select(e => e.Code)];

    private static readonly string[] EconomicCodes =
    [
        .. ClassificationTable.Economic.Entries
            .Where(e => e.Code.Length == 5 && e.Code[..3] is "301" or "302" or "303" or "310")
            .Select(e => e.Code),
    ];

    private static readonly string[] Funds = ["一般公共预算", "政府性基金", "国有资本经营", "其他资金"];

    public static string Yaml(int seed)
    {
        var random = new Random(seed);
        string Amount(bool zeroAllowed = true) => zeroAllowed && random.Next(4) == 0 ? "0" : Money(random.NextInt64(1, 10_000_000));
        var yaml = new StringBuilder();
        yaml.Append(CultureInfo.InvariantCulture, $"unit:\n  name: 生成单位{seed}\n  short_name: 生成\n  year: 2023\n  kind: 行政单位\n");
        var codes = Enumerable.Range(0, random.Next(0, 12)).Select(_ => ItemCodes[random.Next(ItemCodes.Length)]).Distinct().ToList();
        var income = codes.Count > 0 && random.Next(2) == 0 ? IncomeLines(random, codes) : null;
        yaml.Append("statement:\n  income:\n");
        foreach (var key in new[] { "general_budget", "government_fund", "state_capital", "superior_subsidy", "business", "operating", "affiliate_remittance", "other" })
        {
            var source = key is "general_budget" ? "fiscal" : key;
            var amount = income is null ? Amount()
                : key is "government_fund" or "state_capital" ? "0"
                : Money(income.Sum(l => l.GetValueOrDefault(source)));
            yaml.Append("    ").Append(key).Append(": ").Append(amount).Append('\n');
        }

        yaml.Append("  use_of_non_fiscal_balance: ").Append(Amount()).Append("\n  opening_balance: ").Append(Amount()).Append("\n  expenditure:\n");
        foreach (var key in new[] { "basic", "project", "remittance_to_superior", "operating", "subsidy_to_affiliates" })
        {
            yaml.Append("    ").Append(key).Append(": ").Append(Amount()).Append('\n');
        }

        // A negative 结余分配 smaller than the closing balance, so that the printed 支出总计 stays positive.
        var negative = random.Next(3) == 0;
        yaml.Append("  balance_distribution: ").Append(negative ? "-" + Money(random.NextInt64(1, 100)) : Amount()).Append('\n');
        yaml.Append("  closing_balance: ").Append(negative ? Money(random.NextInt64(100, 10_000_000)) : Amount()).Append("\nappropriations:\n");
        foreach (var side in new[] { "opening_balance", "closing_balance" })
        {
            yaml.Append("  ").Append(side).Append(":\n    general_budget: ").Append(Amount()).Append("\n    government_fund: ")
                .Append(Amount()).Append("\n    state_capital: ").Append(Amount()).Append('\n');
        }

        yaml.Append("functional:\n  lines:").Append(codes.Count == 0 ? " []\n" : "\n");

        // A 项 paid from 财政拨款 is in a third of the cases paid from 其他资金 too (a second line of its code), drawn
        // from a random of its own so that every other figure stays what the seed gave before.
        var mixing = new Random(~seed);
        foreach (var code in codes)
        {
            var fund = Funds[random.Next(Funds.Length)];
            var cents = random.NextInt64(1, 10_000_000);
            var basic = cents * random.Next(0, 101) / 100;
            Line(code, fund, cents, basic);
            if (fund != "其他资金" && mixing.Next(3) == 0)
            {
                var other = mixing.NextInt64(1, 10_000_000);
                Line(code, "其他资金", other, other * mixing.Next(0, 101) / 100);
            }
        }

        void Line(string code, string fund, long cents, long basic) =>
            yaml.Append("    - code: \"").Append(code).Append("\"\n      fund: ").Append(fund)
                .Append("\n      actual: ").Append(Money(cents)).Append("\n      basic: ").Append(Money(basic))
                .Append("\n      project: ").Append(Money(cents - basic)).Append('\n');

        if (income is not null)
        {
            yaml.Append("  income:\n");
            foreach (var (code, line) in codes.Zip(income))
            {
                yaml.Append("    - code: \"").Append(code).Append("\"\n      total: ").Append(Money(line.Values.Sum())).Append('\n');
                foreach (var (key, cents) in line)
                {
                    yaml.Append("      ").Append(key).Append(": ").Append(Money(cents)).Append('\n');
                }
            }
        }

        yaml.Append("basic_expenditure:\n  personnel: ").Append(Amount()).Append("\n  public: ").Append(Amount()).Append('\n');
        var items = Enumerable.Range(0, random.Next(0, 8)).Select(_ => EconomicCodes[random.Next(EconomicCodes.Length)]).Distinct().ToList();
        yaml.Append("  items:").Append(items.Count == 0 ? " []\n" : "\n");
        foreach (var code in items)
        {
            yaml.Append("    - code: \"").Append(code).Append("\"\n");
            if (random.Next(3) != 0)
            {
                yaml.Append("      amount: ").Append(Amount()).Append('\n');
            }
        }

        yaml.Append("three_public:\n");
        foreach (var kind in new[] { "budget", "actual" })
        {
            yaml.Append("  ").Append(kind).Append(":\n");
            foreach (var key in new[] { "overseas", "vehicle_purchase", "vehicle_operation", "domestic_reception" })
            {
                yaml.Append("    ").Append(key).Append(": ").Append(Amount()).Append('\n');
            }

            // Table 7 prints one 公务接待费; the import writes it as 国内 with 外事 0, so 公务接待费 is given in full.
            yaml.Append("    foreign_reception: 0\n");
        }

        return yaml.ToString();
    }

    /// <summary>Each code's income by source (in cents), some sources left out, at least one given.</summary>
    private static List<Dictionary<string, long>> IncomeLines(Random random, IReadOnlyList<string> codes) =>
    [
        .. codes.Select(_ =>
        {
            var line = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var key in new[] { "fiscal", "superior_subsidy", "business", "operating", "affiliate_remittance", "other" })
            {
                if (random.Next(3) != 0 || line.Count == 0 && key == "other")
                {
                    line[key] = random.Next(4) == 0 ? 0 : random.NextInt64(1, 10_000_000);
                }
            }

            return line;
        }),
    ];

    /// <summary>An amount in 万元 from a number of cents, written with two decimals as a clerk would.</summary>
    private static string Money(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
