using Fincomp.Derivation;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Fincomp.Narrative;

/// <summary>
/// The functions templates call to word a figure, each a thin wrapper over <see cref="Wording"/> so that a template
/// never compares or rounds numbers itself. Arguments are taken as they come and checked here: a missing figure
/// (null, such as last year's when the unit has none) or a non-finite one (1/0) is a template error at the call, never
/// worded as 0 — "比上年增加40.2万元" from a year that was not given would be a silently wrong report.
/// </summary>
internal static class WordingFunctions
{
    public static void Import(ScriptObject globals, Wording wording)
    {
        Number("amount", globals, x => wording.Amount(x));
        Number("share", globals, (part, whole) => wording.Share(part, whole)
            ?? throw new ArgumentException("share 的整体为 0，没有占比可写（“占0%”会写出没有的比例）；请先用 if !is_zero(整体) 判断。"));
        Number("change", globals, (previous, current) => wording.Change(previous, current));
        Number("completion", globals, (budget, actual) => wording.Completion(budget, actual));
        Number("direction", globals, (previous, current) => Wording.Direction(previous, current));
        Number("unchanged", globals, Wording.Unchanged);
        Number("is_zero", globals, x => Display.Round(x) == 0m);
        globals.Import("versus", new Func<TemplateContext, SourceSpan, string, object?, object?, string>((_, span, period, previous, current) =>
            Guarded(span, "versus", () => wording.Versus(period, Decimal(span, "versus", previous), Decimal(span, "versus", current)))));
        globals.Import("completion_of", new Func<TemplateContext, SourceSpan, string, object?, object?, string>((_, span, basis, budget, actual) =>
            Guarded(span, "completion_of", () => wording.CompletionOf(basis, Decimal(span, "completion_of", budget), Decimal(span, "completion_of", actual)))));
        globals.Import("compare", new Func<TemplateContext, SourceSpan, object?, object?, string?, string>((_, span, budget, actual, reason) =>
            Guarded(span, "compare", () => Wording.Compare(Decimal(span, "compare", budget), Decimal(span, "compare", actual), Trimmed(reason)))));
        globals.Import("compare_colon", new Func<TemplateContext, SourceSpan, object?, object?, string?, string>((_, span, budget, actual, reason) =>
            Guarded(span, "compare_colon", () => Wording.Compare(Decimal(span, "compare_colon", budget), Decimal(span, "compare_colon", actual), Trimmed(reason), "的主要原因："))));
        globals.Import("change_reason", new Func<TemplateContext, SourceSpan, object?, object?, string?, string>((_, span, previous, current, reason) =>
            Guarded(span, "change_reason", () => Wording.ChangeReason(Decimal(span, "change_reason", previous), Decimal(span, "change_reason", current), Trimmed(reason)))));
        // Any number of values is taken, so that a template still written with the seven values in a row (before the
        // names) is told in Chinese what to write instead of Scriban's English count error.
        globals.Import("pair_change", new Func<TemplateContext, SourceSpan, object?[], string>(new PairChangeCall(wording).Invoke));
        globals.Import("sentence", new Func<string?, string>(text => string.IsNullOrWhiteSpace(text) ? string.Empty : LiteralText.Edit(text, Wording.TrimEnd)));
    }

    /// <summary>
    /// A clerk's sentence (encoded, <see cref="LiteralText"/>) without its trailing "。；，" or half-width ";,": the
    /// half-width ones are encoded, so the trimming is done on the decoded text.
    /// </summary>
    private static string? Trimmed(string? text) => text is null ? null : LiteralText.Edit(text, Wording.TrimEnd);

    private static void Number<T>(string name, ScriptObject globals, Func<decimal, T> word) =>
        globals.Import(name, new Func<TemplateContext, SourceSpan, object?, T>((_, span, x) => Guarded(span, name, () => word(Decimal(span, name, x)))));

    private static void Number<T>(string name, ScriptObject globals, Func<decimal, decimal, T> word) =>
        globals.Import(name, new Func<TemplateContext, SourceSpan, object?, object?, T>((_, span, x, y) =>
            Guarded(span, name, () => word(Decimal(span, name, x), Decimal(span, name, y)))));

    /// <summary>A figure a template passed, as a decimal; anything that is not a finite number is an error at the call.</summary>
    internal static decimal Decimal(SourceSpan span, string function, object? value) => value switch
    {
        null => throw new ScriptRuntimeException(span, $"{function} 的参数为空（null）：这个数没有给出（例如单位没有上年数），不能当作 0 措辞；请先用 if … != null 判断。"),
        decimal d => d,
        int or long or short or byte or sbyte or uint or ulong or ushort => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => (decimal)d,
        float f when float.IsFinite(f) && Math.Abs(f) < 7.9e28f => (decimal)f,
        double d when !double.IsFinite(d) => throw new ScriptRuntimeException(span, $"{function} 的参数“{value}”不是有限的数（例如除以 0 的结果）。"),
        float f when !float.IsFinite(f) => throw new ScriptRuntimeException(span, $"{function} 的参数“{value}”不是有限的数（例如除以 0 的结果）。"),
        double or float or System.Numerics.BigInteger => throw new ScriptRuntimeException(span, $"{function} 的参数“{value}”超出金额的范围。"),
        _ => throw new ScriptRuntimeException(span, $"{function} 的参数应为数字，实际是“{value}”。"),
    };

    /// <summary>Runs a wording; a figure too large for decimal arithmetic is a template error at the call, not a crash.</summary>
    internal static T Guarded<T>(SourceSpan span, string function, Func<T> word)
    {
        try
        {
            return word();
        }
        catch (OverflowException)
        {
            throw new ScriptRuntimeException(span, $"{function} 的参数超出金额的范围。");
        }
        catch (ArgumentException refused)
        {
            // A figure the wording refuses to state (a share of a zero whole): an error at the call, like a null.
            throw new ScriptRuntimeException(span, refused.Message);
        }
    }
}
