using Scriban;
using Scriban.Runtime;

namespace Fincomp.Narrative;

/// <summary>
/// Scriban's built-in functions without those whose result changes from run to run (<c>date.now</c>,
/// <c>math.random</c>, <c>math.uuid</c>): the same unit must give a byte-identical report, whatever template a bureau writes. A
/// template naming them gets the unknown-member error of strict mode, with its position.
/// </summary>
internal static class DeterministicBuiltins
{
    private static readonly (string Object, string Member)[] Removed = [("date", "now"), ("math", "random"), ("math", "uuid")];

    private static readonly Lazy<ScriptObject> Builtins = new(Create);

    /// <summary>Shared by every render: like Scriban's own default, it is never written to.</summary>
    public static ScriptObject Instance => Builtins.Value;

    private static ScriptObject Create()
    {
        var builtins = new ScriptObject();
        foreach (var (name, value) in TemplateContext.GetDefaultBuiltinObject())
        {
            builtins.SetValue(name, value is ScriptObject members && Removed.Any(r => r.Object == name) ? Without(members, name) : value, readOnly: true);
        }

        return builtins;
    }

    private static ScriptObject Without(ScriptObject members, string objectName)
    {
        var copy = new ScriptObject();
        foreach (var (member, value) in members)
        {
            if (!Removed.Contains((objectName, member)))
            {
                copy.SetValue(member, value, readOnly: true);
            }
        }

        return copy;
    }
}
