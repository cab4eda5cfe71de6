using Fincomp.Derivation;
using Fincomp.Diagnostics;
using Fincomp.Model;
using Fincomp.Reference;

namespace Fincomp.Checks;

/// <summary>
/// Runs every rule of a rule set on one unit-year and applies the unit's recorded overrides (<c>checks:</c>): a rule
/// switched off does not run, a changed severity applies to the rule's findings, rounding notes stay notes. An override
/// of a code no rule has is itself reported, so a typo cannot silently leave a rule on.
/// </summary>
public sealed class UnitChecker
{
    /// <summary>Reported for an override naming a code that no rule has.</summary>
    public const string UnknownOverrideCode = "FC1001";

    private readonly RuleSet _rules;
    private readonly ClassificationTable _functional;
    private readonly ClassificationTable _economic;

    public UnitChecker(RuleSet rules, ClassificationTable functional, ClassificationTable economic)
    {
        _rules = rules;
        _functional = functional;
        _economic = economic;
    }

    /// <summary>The default rules against the built-in reference tables.</summary>
    public static UnitChecker Default { get; } = new(RuleSet.Default, ClassificationTable.Functional, ClassificationTable.Economic);

    /// <summary>Shortcut for <c>Default.Run(unit)</c>.</summary>
    public static IReadOnlyList<Diagnostic> Check(UnitYear unit) => Default.Run(unit);

    /// <summary>Shortcut for <c>Default.Run(figures)</c>.</summary>
    public static IReadOnlyList<Diagnostic> Check(ReportFigures figures) => Default.Run(figures);

    /// <summary>All findings, ordered by file, line, column and code (the figures derived with this checker's tables).</summary>
    public IReadOnlyList<Diagnostic> Run(UnitYear unit) => Run(new ReportFigures(unit, _functional, _economic));

    /// <summary>All findings on figures already derived, ordered by file, line, column and code.</summary>
    public IReadOnlyList<Diagnostic> Run(ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var bag = new DiagnosticBag();
        var context = new RuleContext(figures);
        var unit = figures.Unit;
        foreach (var (code, rule) in unit.Checks)
        {
            if (_rules.Find(code) is null)
            {
                bag.Add(new Diagnostic(UnknownOverrideCode, Severity.Warning, $"checks 中的规则编码 {code} 不存在，此项调整无效（可用 fincomp rules 查看全部规则）。", rule.Span));
            }
        }

        foreach (var rule in _rules.Rules)
        {
            var adjusted = unit.Checks.TryGetValue(rule.Info.Code, out var change) ? change.Severity : (RuleSeverityOverride?)null;
            if (adjusted == RuleSeverityOverride.Off)
            {
                continue;
            }

            foreach (var finding in rule.Evaluate(context))
            {
                bag.Add(adjusted is { } severity && finding.Severity == rule.Info.Severity
                    ? finding with { Severity = ToSeverity(severity) }
                    : finding);
            }
        }

        return bag.Sorted();
    }

    private static Severity ToSeverity(RuleSeverityOverride severity) => severity switch
    {
        RuleSeverityOverride.Error => Severity.Error,
        RuleSeverityOverride.Warning => Severity.Warning,
        _ => Severity.Info,
    };
}
