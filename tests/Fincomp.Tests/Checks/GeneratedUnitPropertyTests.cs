using System.Globalization;
using CsCheck;
using Fincomp.Diagnostics;
using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>
/// Generated units whose figures are consistent by construction never give an error; moving one figure by more than
/// its rounding tolerance makes exactly the rule that owns that figure fire, at that figure's line.
/// </summary>
public sealed class GeneratedUnitPropertyTests
{
    private static readonly Gen<decimal> Amount = Gen.Long[1, 100_000_000].Select(cents => cents / 100m);

    /// <summary>A perturbation: the figure moved, and the rule that must then fire at its line.</summary>
    private static readonly (string Key, string Code)[] Perturbations =
    [
        ("income_total", "FC1101"),
        ("declared_class", "FC1201"),
        ("personnel", "FC1301"),
        ("procurement_total", "FC1603"),
        ("three_public_total", "FC1501"),
    ];

    private static readonly Gen<Figures> Consistent =
        Gen.Select(Amount, Amount, Amount, Amount, Gen.Select(Amount, Amount, Amount))
            .Select((basic, project, personnel, goods, rest) =>
            {
                var (services, vehicle, reception) = rest;
                var personnelPart = Math.Min(personnel, basic);
                return new Figures(basic, project, personnelPart, goods, services, vehicle, reception);
            });

    [Fact]
    public void Consistent_units_have_no_errors()
    {
        Consistent.Sample(figures =>
        {
            var findings = TestUnits.Check(figures.Yaml(null, 0m));

            Assert.DoesNotContain(findings, d => d.Severity == Severity.Error);
        }, iter: 200);
    }

    [Fact]
    public void One_figure_moved_beyond_tolerance_fires_its_rule_at_its_line()
    {
        var gen = Gen.Select(Consistent, Gen.Int[0, Perturbations.Length - 1], Gen.Long[3, 1_000_000], Gen.Bool);
        gen.Sample((figures, which, cents, up) =>
        {
            var (key, code) = Perturbations[which];
            var delta = (up ? cents : -cents) / 100m;
            var yaml = figures.Yaml(key, delta);
            if (yaml.Contains(": -", StringComparison.Ordinal))
            {
                return;
            }

            var findings = TestUnits.Check(yaml);

            var line = TestUnits.LineOf(yaml, $"# {key}") - 0;
            Assert.True(findings.Any(d => d.Code == code && d.Severity == Severity.Error && d.Span.Line == line),
                $"{code} expected at line {line}:\n{string.Join("\n", findings)}\n{yaml}");
        }, iter: 200);
    }

    private sealed record Figures(decimal Basic, decimal Project, decimal Personnel, decimal Goods, decimal Services, decimal Vehicle, decimal Reception)
    {
        public string Yaml(string? moved, decimal delta)
        {
            string F(string key, decimal value) => (key == moved ? value + delta : value).ToString("0.00", CultureInfo.InvariantCulture) + $" # {key}";
            var total = Basic + Project;
            var publicPart = Basic - Personnel;
            return $"""
                unit:
                  name: 生成单位
                  short_name: 生成
                  year: 2023
                  kind: 行政单位
                statement:
                  income:
                    general_budget: {F("income", total)}
                  expenditure:
                    basic: {F("basic", Basic)}
                    project: {F("project", Project)}
                  declared:
                    income_total: {F("income_total", total)}
                    expenditure_total: {F("expenditure_total", total)}
                    income_grand_total: {F("income_grand_total", total)}
                    expenditure_grand_total: {F("expenditure_grand_total", total)}
                functional:
                  lines:
                    - code: "2013201"
                      actual: {F("line1", Basic)}
                      basic: {F("line1_basic", Basic)}
                    - code: "2013202"
                      actual: {F("line2", Project)}
                      project: {F("line2_project", Project)}
                  declared_totals:
                    - code: "201"
                      actual: {F("declared_class", total)}
                basic_expenditure:
                  personnel: {F("personnel", Personnel)}
                  public: {F("public", publicPart)}
                operating_costs:
                  amount: {F("operating", publicPart)}
                three_public:
                  budget:
                    overseas: 0
                    vehicle_purchase: 0
                    vehicle_operation: {F("budget_vehicle", Vehicle)}
                    domestic_reception: {F("budget_reception", Reception)}
                    foreign_reception: 0
                    total: {F("budget_total", Vehicle + Reception)}
                  actual:
                    overseas: 0
                    vehicle_purchase: 0
                    vehicle_operation: {F("vehicle", Vehicle)}
                    domestic_reception: {F("reception", Reception)}
                    foreign_reception: 0
                    total: {F("three_public_total", Vehicle + Reception)}
                  receptions:
                    domestic_batches: 1
                    domestic_people: 1
                procurement:
                  goods: {F("goods", Goods)}
                  works: 0
                  services: {F("services", Services)}
                  total: {F("procurement_total", Goods + Services)}

                """;
        }
    }
}
