using Fincomp.Diagnostics;

namespace Fincomp.Checks;

/// <summary>
/// One consistency rule. Rules are stateless so one instance serves every unit and thread; a rule yields every finding it
/// has, so one finding never hides another.
/// </summary>
public interface IRule
{
    /// <summary>The stable code, default severity and the texts shown by <c>fincomp rules</c> and <c>fincomp explain</c>.</summary>
    RuleInfo Info { get; }

    /// <summary>Yields the findings for one unit-year; nothing when the figures agree.</summary>
    IEnumerable<Diagnostic> Evaluate(RuleContext context);
}
