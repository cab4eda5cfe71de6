using Fincomp.Checks.Rules;
using Scriban.Runtime;

namespace Fincomp.Narrative;

/// <summary>
/// Numbers that depend on what a render prints, so templates never count by hand: the parts (第一部分, 第二部分 … with
/// no gap when a part is left out) and the entries of a list (1. 2. 3. or 一、二、三、) whose items are partly fixed
/// text and partly the unit's data, such as the glossary. Each render has its own counters.
/// </summary>
internal static class NumberingFunctions
{
    public static void Import(ScriptObject globals)
    {
        var parts = 0;
        var lists = new Dictionary<string, int>(StringComparer.Ordinal);
        int Next(string list) => lists[list] = lists.GetValueOrDefault(list) + 1;

        globals.Import("next_part", new Func<string>(() => $"第{ChineseText.FormatNumeral(++parts)}部分"));
        globals.Import("next_number", new Func<string, int>(Next));
        globals.Import("next_numeral", new Func<string, string>(list => ChineseText.FormatNumeral(Next(list))));
    }
}
