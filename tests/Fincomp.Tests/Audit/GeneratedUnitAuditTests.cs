using System.Globalization;
using CsCheck;
using Fincomp.Checks;
using Fincomp.Diagnostics;
using Fincomp.Tests.Checks;
using Xunit;

namespace Fincomp.Tests.Audit;

/// <summary>
/// The self-audit on generated units whose data is consistent by construction (they check without errors): every
/// report compiled from them audits clean. Amounts, the split of spending over 类, 款 and 项, previous-year figures,
/// "三公" parts, procurement and the list of internal units all vary, so the shares, changes, counts and table sums the
/// templates print are exercised far beyond the samples.
/// </summary>
public sealed class GeneratedUnitAuditTests
{
    private static readonly Gen<decimal> Amount = Gen.Long[1, 50_000_000].Select(cents => cents / 100m);

    private static readonly Gen<decimal> Small = Gen.Long[0, 2_000_000].Select(cents => cents / 100m);

    private static readonly Gen<Figures> Units =
        Gen.Select(
                Gen.Select(Amount, Amount, Amount, Small),
                Gen.Select(Amount, Gen.Int[1, 99], Small, Small),
                Gen.Select(Amount, Amount, Small, Small),
                Gen.Select(Small, Small, Gen.Int[0, 100], Gen.Int[0, 100]),
                Gen.Int[0, 6])
            .Select((spending, basic, previous, procurement, internalUnits) => new Figures(
                spending.Item1, spending.Item2, spending.Item3, spending.Item4,
                basic.Item1, basic.Item2, basic.Item3, basic.Item4,
                previous.Item1, previous.Item2, previous.Item3, previous.Item4,
                procurement.Item1, procurement.Item2, procurement.Item3, procurement.Item4,
                internalUnits));

    [Fact]
    public void Reports_compiled_from_a_thousand_consistent_units_audit_clean()
    {
        Units.Sample(figures =>
        {
            var yaml = figures.Yaml();
            var unit = TestUnits.Load(yaml);
            Assert.DoesNotContain(UnitChecker.Check(unit), d => d.Severity == Severity.Error);

            AuditedBuild.AssertClean(AuditedBuild.Compile(unit), yaml);
        }, iter: 1000);
    }

    /// <summary>One generated unit: spending over four 项 in two 类, its basic split, last year's figures and procurement.</summary>
    private sealed record Figures(
        decimal OrganisationBasic, decimal OrganisationProject, decimal OfficeBasic, decimal CommunityProject,
        decimal UnusedAmount, int PersonnelPercent, decimal VehicleOperation, decimal Reception,
        decimal PreviousTotal, decimal PreviousGeneral, decimal PreviousVehicle, decimal PreviousReception,
        decimal Goods, decimal Services, int MediumPercent, int MicroPercent, int InternalUnits)
    {
        public string Yaml()
        {
            static string F(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
            var basic = OrganisationBasic + OfficeBasic;
            var project = OrganisationProject + CommunityProject;
            var total = basic + project;
            var personnel = Math.Round(basic * PersonnelPercent / 100m, 2);
            var publicPart = basic - personnel;
            var procurement = Goods + Services;
            var medium = Math.Round(procurement * MediumPercent / 100m, 2);
            var micro = Math.Round(medium * MicroPercent / 100m, 2);
            var threePublic = VehicleOperation + Reception;
            var units = string.Concat(Enumerable.Range(1, InternalUnits).Select(i => $"\n      - 第{i}科"));
            var organization = InternalUnits == 0 ? string.Empty : $"""

                profile:
                  organization:
                    noun: 科室
                    internal_units:{units}
                """;
            return $"""
                unit:
                  name: 生成单位
                  short_name: 生成
                  year: 2023
                  kind: 行政单位
                {organization}
                statement:
                  income:
                    general_budget: {F(total)}
                  expenditure:
                    basic: {F(basic)}
                    project: {F(project)}
                functional:
                  lines:
                    - code: "2013201"
                      budget: {F(OrganisationBasic)}
                      actual: {F(OrganisationBasic)}
                      basic: {F(OrganisationBasic)}
                    - code: "2013202"
                      budget: {F(OrganisationProject + UnusedAmount)}
                      actual: {F(OrganisationProject)}
                      project: {F(OrganisationProject)}
                    - code: "2010301"
                      budget: {F(OfficeBasic)}
                      actual: {F(OfficeBasic)}
                      basic: {F(OfficeBasic)}
                    - code: "2129999"
                      budget: {F(CommunityProject)}
                      actual: {F(CommunityProject)}
                      project: {F(CommunityProject)}
                basic_expenditure:
                  personnel: {F(personnel)}
                  public: {F(publicPart)}
                operating_costs:
                  amount: {F(publicPart)}
                three_public:
                  budget:
                    vehicle_operation: {F(VehicleOperation)}
                    domestic_reception: {F(Reception + UnusedAmount)}
                    total: {F(threePublic + UnusedAmount)}
                  actual:
                    vehicle_operation: {F(VehicleOperation)}
                    domestic_reception: {F(Reception)}
                    total: {F(threePublic)}
                  receptions:
                    domestic_batches: {(Reception > 0m ? 1 : 0)}
                    domestic_people: {(Reception > 0m ? 3 : 0)}
                procurement:
                  goods: {F(Goods)}
                  services: {F(Services)}
                  total: {F(procurement)}
                  small_and_medium: {F(medium)}
                  small_and_micro: {F(micro)}
                previous:
                  income_grand_total: {F(PreviousTotal)}
                  expenditure_grand_total: {F(PreviousTotal)}
                  general_budget_expenditure: {F(PreviousGeneral)}
                  operating_costs: {F(PreviousGeneral)}
                  three_public:
                    vehicle_operation: {F(PreviousVehicle)}
                    domestic_reception: {F(PreviousReception)}

                """;
        }
    }
}
