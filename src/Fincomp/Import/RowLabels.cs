using System.Text.RegularExpressions;

namespace Fincomp.Import;

/// <summary>Row labels of the two-sided tables without numbering and spaces: 一、一般公共预算财政拨款收入 → 一般公共预算财政拨款收入.</summary>
internal static partial class RowLabels
{
    public static string Clean(string text) => Numbering().Replace(TableLayout.Clean(text), string.Empty);

    [GeneratedRegex("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．]|其中[：:])")]
    private static partial Regex Numbering();
}
