using System.Globalization;
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

    /// <summary>The rules against one unit's tables, as <see cref="ClassificationCatalog"/> chose them.</summary>
    public UnitChecker(RuleSet rules, ClassificationTables tables)
        : this(rules, tables.Functional, tables.Economic)
    {
    }

    /// <summary>The default rules against the shipped tables of the unit's year (no extensions).</summary>
    public static IReadOnlyList<Diagnostic> Check(UnitYear unit) =>
        new UnitChecker(RuleSet.Default, ClassificationCatalog.For(unit.Unit.Year)).Run(unit);

    /// <summary>The default rules on figures already derived, against the tables they were derived with.</summary>
    public static IReadOnlyList<Diagnostic> Check(ReportFigures figures) =>
        new UnitChecker(RuleSet.Default, (figures ?? throw new ArgumentNullException(nameof(figures))).Functional, figures.Economic).Run(figures);

    /// <summary>All findings, ordered by file, line, column and code (the figures derived with this checker's tables).</summary>
    public IReadOnlyList<Diagnostic> Run(UnitYear unit) => Run(new ReportFigures(unit, _functional, _economic));

    /// <summary>All findings on figures already derived, ordered by file, line, column and code.</summary>
    public IReadOnlyList<Diagnostic> Run(ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var bag = new DiagnosticBag();
        var context = new RuleContext(figures);
        var unit = figures.Unit;
        if (figures.Functional.Year != unit.Unit.Year)
        {
            bag.Add(StandInYear(unit, figures.Functional.Year));
        }

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

            foreach (var finding in Evaluate(rule, context))
            {
                bag.Add(adjusted is { } severity && finding.Severity == rule.Info.Severity
                    ? finding with { Severity = ToSeverity(severity) }
                    : finding);
            }
        }

        return bag.Sorted();
    }

    /// <summary>Names are printed from the tables too, so using another year's must never go unsaid.</summary>
    private static Diagnostic StandInYear(UnitYear unit, int tableYear)
    {
        var year = unit.Unit.Year;
        var shipped = ClassificationCatalog.Years;
        return new Diagnostic(ClassificationCatalog.StandInYearCode, Severity.Info, string.Create(CultureInfo.InvariantCulture,
            $"本单位是 {year} 年度，编码按 {tableYear} 年的政府收支分类科目核对、科目名称也取自该年（fincomp 内置 {shipped[0]}–{shipped[^1]} 年的科目表，没有 {year} 年的）；当年新设或改名的科目请写进编码表扩展（code_tables）。"),
            unit.Unit.Locate(nameof(UnitIdentity.Year)));
    }

    /// <summary>
    /// One rule's findings. Figures are bounded at input, but a rule that still meets a figure too large for decimal
    /// arithmetic reports that as its own finding instead of ending the check and losing every other rule's.
    /// </summary>
    private static List<Diagnostic> Evaluate(IRule rule, RuleContext context)
    {
        try
        {
            return [.. rule.Evaluate(context)];
        }
        catch (OverflowException)
        {
            return [rule.Info.At(context.Unit.Span, $"数值超出计算范围，无法核对“{rule.Info.Title}”：请检查单位文件中过大的数字。")];
        }
    }

    private static Severity ToSeverity(RuleSeverityOverride severity) => severity switch
    {
        RuleSeverityOverride.Error => Severity.Error,
        RuleSeverityOverride.Warning => Severity.Warning,
        _ => Severity.Info,
    };
}
