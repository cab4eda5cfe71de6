using Scriban.Runtime;

namespace Fincomp.Narrative;

/// <summary>
/// Builds the plain values templates see: script objects of strings, decimals, integers, booleans and arrays of them.
/// No .NET object is exposed, so a template can reach only what the model builder chose to give it.
/// </summary>
internal static class ScriptValues
{
    public static ScriptObject Object(params (string Key, object? Value)[] members)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in members)
        {
            result.SetValue(key, Plain(value), readOnly: true);
        }

        return result;
    }

    public static ScriptArray Array<T>(IEnumerable<T> items, Func<T, object?> select)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(Plain(select(item)));
        }

        return array;
    }

    /// <summary>
    /// Text from the unit file on one line and encoded as <see cref="LiteralText"/>: the Markdown the templates produce
    /// is read one paragraph per line, so a line break inside a clerk's sentence must not start a new paragraph, and
    /// nothing in it may be read as Markdown structure.
    /// </summary>
    public static string? Text(string? value) =>
        value is null ? null : LiteralText.Encode(string.Join(string.Empty, value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim())));

    private static object? Plain(object? value) => value switch
    {
        string text => Text(text),
        MarkdownSyntax syntax => syntax.Markdown,
        IEnumerable<string> texts => Array(texts, t => t),
        _ => value,
    };
}
