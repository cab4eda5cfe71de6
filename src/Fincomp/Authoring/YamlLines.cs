using System.Text;

namespace Fincomp.Authoring;

/// <summary>
/// Builds a commented YAML document line by line, two spaces per level, with an end-of-line comment aligned so the
/// explanations of a section read as a column. Values are passed already formatted (see <see cref="YamlScalars"/>).
/// </summary>
internal sealed class YamlLines
{
    private const int CommentColumn = 40;
    private readonly StringBuilder _text = new();

    /// <summary>A full-line comment (one per line of <paramref name="text"/>); an empty text gives a bare <c>#</c>.</summary>
    public YamlLines Comment(int level, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            Line(level, line.Length == 0 ? "#" : "# " + line, null);
        }

        return this;
    }

    /// <summary>An empty line between sections.</summary>
    public YamlLines Blank()
    {
        _text.Append('\n');
        return this;
    }

    /// <summary><c>key:</c> opening a mapping or a list below it.</summary>
    public YamlLines Open(int level, string key, string? comment = null) => Line(level, key + ":", comment);

    /// <summary><c>key: value</c>; an empty value leaves the key without one (null: not given).</summary>
    public YamlLines Value(int level, string key, string value, string? comment = null) =>
        Line(level, value.Length == 0 ? key + ":" : key + ": " + value, comment);

    /// <summary>A list item holding a scalar: <c>- value</c>.</summary>
    public YamlLines Item(int level, string value, string? comment = null) => Line(level, "- " + value, comment);

    /// <summary>A list item opening a mapping: <c>- key: value</c>; the item's further keys go one level deeper.</summary>
    public YamlLines ItemValue(int level, string key, string value, string? comment = null) => Line(level, "- " + key + ": " + value, comment);

    /// <summary>A list of scalars, or <c>key: []</c> when empty so the key stays visible.</summary>
    public YamlLines List(int level, string key, IReadOnlyList<string> items, string? comment = null)
    {
        if (items.Count == 0)
        {
            return Value(level, key, "[]", comment);
        }

        Open(level, key, comment);
        foreach (var item in items)
        {
            Item(level + 1, YamlScalars.Text(item));
        }

        return this;
    }

    /// <summary>
    /// A block written at <paramref name="level"/> by <paramref name="write"/> (which counts levels from 0): as YAML, or,
    /// when <paramref name="commented"/>, as comment lines that become that YAML once the leading <c># </c> is removed.
    /// </summary>
    public YamlLines Unknown(int level, bool commented, Action<YamlLines> write)
    {
        var block = new YamlLines();
        write(block);
        foreach (var line in block.ToString().TrimEnd('\n').Split('\n'))
        {
            // Commented, the # stands at the block's level and the keys keep their nesting after it.
            _text.Append(' ', level * 2).Append(commented ? "# " : "").Append(line).Append('\n');
        }

        return this;
    }

    public override string ToString() => _text.ToString();

    private YamlLines Line(int level, string content, string? comment)
    {
        var line = new string(' ', level * 2) + content;
        _text.Append(line);
        if (comment is not null)
        {
            var width = DisplayWidth(line);
            _text.Append(' ', Math.Max(1, CommentColumn - width)).Append("# ").Append(comment);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Columns a line takes in an editor: CJK characters are full width.</summary>
    private static int DisplayWidth(string text) => text.Sum(c => c >= '\u1100' ? 2 : 1);
}
