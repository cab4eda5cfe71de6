using Fincomp.Derivation;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Fincomp.Narrative;

/// <summary>
/// The template function <c>pair_change</c>: two totals (income and expenditure) compared with last year in one
/// sentence, "收、支总计各增加…" when both moved alike. Its values are given by name.
/// </summary>
internal sealed class PairChangeCall(Wording wording)
{
    private const string Example =
        "{ both: \"收、支总计\", first: \"收入总计\", first_last_year: …, first_this_year: …, second: \"支出总计\", second_last_year: …, second_this_year: … }（见 docs/templates.md 第 4 节）";

    /// <summary>The names <c>pair_change</c> takes, each once, so a template reads which figure is which.</summary>
    private static readonly string[] PairNames =
        ["both", "first", "first_last_year", "first_this_year", "second", "second_last_year", "second_this_year"];

    public string Invoke(TemplateContext context, SourceSpan span, params object?[] values) =>
        WordingFunctions.Guarded(span, "pair_change", () => values.Length == 1
            ? Named(span, values[0])
            : throw new ScriptRuntimeException(span, $"pair_change 的值按名字给出，不再按次序写 {values.Length} 个值；写成 {Example}。"));

    /// <summary>
    /// <c>pair_change { both: "收、支总计", first: "收入总计", first_last_year: …, first_this_year: …, second: "支出总计",
    /// second_last_year: …, second_this_year: … }</c>: named, because seven figures and names in a row cannot be told
    /// apart by a clerk editing the sentence. A name missing, misspelt or given twice is an error at the call.
    /// </summary>
    private string Named(SourceSpan span, object? pair)
    {
        if (pair is not ScriptObject named)
        {
            throw new ScriptRuntimeException(span, $"pair_change 的参数应为一组带名字的值，如 {Example}。");
        }

        if (named.Keys.FirstOrDefault(key => !PairNames.Contains(key, StringComparer.Ordinal)) is { } unknown)
        {
            throw new ScriptRuntimeException(span, $"pair_change 没有名为“{unknown}”的参数；可用的名字：{string.Join("、", PairNames)}。");
        }

        object? Value(string name) => named.TryGetValue(name, out var value)
            ? value
            : throw new ScriptRuntimeException(span, $"pair_change 缺少参数“{name}”；需要：{string.Join("、", PairNames)}。");
        string Name(string name) => Value(name) as string is { Length: > 0 } text
            ? text
            : throw new ScriptRuntimeException(span, $"pair_change 的“{name}”应为写进句子的名称（文字），实际是“{Value(name)}”。");
        decimal Figure(string name) => WordingFunctions.Decimal(span, $"pair_change 的 {name}", Value(name));

        return wording.PairChange(
            Name("both"), Name("first"), Name("second"),
            Figure("first_last_year"), Figure("first_this_year"), Figure("second_last_year"), Figure("second_this_year"));
    }
}
