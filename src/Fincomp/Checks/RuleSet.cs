using Fincomp.Checks.Rules;

namespace Fincomp.Checks;

/// <summary>
/// The rules that run, listed explicitly (no reflection scan) so that adding a rule is a visible one-line change and the
/// order of <c>fincomp rules</c> is the order here. Immutable and shared.
/// </summary>
public sealed class RuleSet
{
    private readonly Dictionary<string, IRule> _byCode;

    public RuleSet(IEnumerable<IRule> rules)
    {
        Rules = rules.ToList();
        _byCode = Rules.ToDictionary(r => r.Info.Code, StringComparer.Ordinal);
    }

    public static RuleSet Default { get; } = new(
    [
        new IncomeTotalRule(),
        new ExpenditureTotalRule(),
        new ExpenditureByClassRule(),
        new IncomeGrandTotalRule(),
        new ExpenditureGrandTotalRule(),
        new BalancedStatementRule(),
        new SetAsideTotalRule(),
        new DeclaredClassTotalRule(),
        new LineSplitRule(),
        new LineTypesMissingRule(),
        new UnknownFunctionalCodeRule(),
        new DuplicateFunctionalCodeRule(),
        new IncomeLinesRule(),
        new IncomeFromSpendingRule(),
        new FunctionalNameRule(),
        new BasicSectionRule(),
        new PersonnelItemsRule(),
        new PublicItemsRule(),
        new UnknownEconomicCodeRule(),
        new EconomicItemRule(),
        new BasicTypeRule(),
        new FundBalanceRule(),
        new FiscalBalanceWithinTotalRule(),
        new ThreePublicTotalRule(),
        new ThreePublicZeroRule(),
        new VehiclePurchaseRule(),
        new ThreePublicCountsRule(),
        new ThreePublicWithinBasicRule(),
        new FleetWithinVehiclesRule(),
        new OperatingCostsRule(),
        new InstitutionOperatingCostsRule(),
        new ProcurementTotalRule(),
        new ProcurementSharesRule(),
        new BudgetReasonRule(),
        new BudgetAdjustmentRule(),
        new ZeroBudgetRateRule(),
        new ImplausibleCompletionRule(),
        new YearOverYearRule(),
        new BasisBudgetRule(),
        new OtherFundsBudgetRule(),
        new FormWeightsRule(),
        new ScoreWithinWeightRule(),
        new ScoreTotalRule(),
        new MissedTargetRule(),
        new MetTargetDeductedRule(),
        new AmountUnitRule(),
        new SpendingTotalRule(),
        new SpendingItemsRule(),
        new ExecutionRateRule(),
        new PlaceholderRule(),
        new FullMarksClaimRule(),
        new TextYearRule(),
        new SelfEvaluationYearRule(),
        new AmountDecimalsRule(),
        new DoubledWordRule(),
        new PunctuationRule(),
        new HalfWidthPunctuationRule(),
        new UnfinishedTextRule(),
        new EnumerationRule(),
        new PurposeSubjectRule(),
        new TextAmountUnitRule(),
        new RequiredTextRule(),
        new RequiredSectionRule(),
        new MissingSectionRule(),
    ]);

    public IReadOnlyList<IRule> Rules { get; }

    /// <summary>The rule with this code, or null.</summary>
    public IRule? Find(string code) => _byCode.GetValueOrDefault(code);
}
