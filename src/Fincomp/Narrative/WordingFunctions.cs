using Fincomp.Derivation;
using Scriban.Runtime;

namespace Fincomp.Narrative;

/// <summary>
/// The functions templates call to word a figure, each a thin wrapper over <see cref="Wording"/> so that a template
/// never compares or rounds numbers itself. Arguments arrive as decimals (template literals are converted).
/// </summary>
internal static class WordingFunctions
{
    public static void Import(ScriptObject globals, Wording wording)
    {
        globals.Import("amount", new Func<decimal, string>(wording.Amount));
        globals.Import("share", new Func<decimal, decimal, string>(Wording.Share));
        globals.Import("change", new Func<decimal, decimal, string>(wording.Change));
        globals.Import("pair_change", new Func<string, string, string, decimal, decimal, decimal, decimal, string>(wording.PairChange));
        globals.Import("versus", new Func<string, decimal, decimal, string>(wording.Versus));
        globals.Import("completion", new Func<decimal, decimal, string>(wording.Completion));
        globals.Import("compare", new Func<decimal, decimal, string?, string>(Wording.Compare));
        globals.Import("change_reason", new Func<decimal, decimal, string?, string>(wording.ChangeReason));
        globals.Import("sentence", new Func<string?, string>(text => string.IsNullOrWhiteSpace(text) ? string.Empty : Wording.TrimEnd(text)));
        globals.Import("unchanged", new Func<decimal, decimal, bool>((previous, current) => wording.Change(previous, current) == "持平"));
        globals.Import("is_zero", new Func<decimal, bool>(value => Display.Round(value) == 0m));
    }
}
