using System.Globalization;
using Fincomp.Authoring;
using Fincomp.Model;
using YamlDotNet.RepresentationModel;

namespace Fincomp.Import;

/// <summary>
/// Puts imported figures into the text of a unit file by editing the text, not by re-serialising it: a figure that is
/// already there with the same value is left as written (7.5 stays 7.5), a different value replaces just that scalar,
/// a missing key is added under its mapping, list items are matched by code (and fund) and keep every other key —
/// names, purposes, reasons, comments. Items the workbook no longer has are removed, but for 款 named without an
/// amount, which table 6 never lists. Everything that is not a figure stays byte for byte.
/// </summary>
internal sealed class UnitFileFigures
{
    private readonly string _text;
    private readonly string _newline;
    private readonly TextEdits _edits = new();
    private readonly List<(YamlMappingNode Mapping, List<(string[] Path, string Value)> Entries)> _missing = [];

    private UnitFileFigures(string text)
    {
        _text = text;
        _newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
    }

    /// <summary>The text with the figures in place; the unit name and year are set only when given.</summary>
    public static string Apply(string text, ImportedFigures figures, string? unitName = null, int? year = null)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new FormatException("单位文件的顶层不是映射。");
        }

        var editor = new UnitFileFigures(text);
        if (unitName is not null)
        {
            editor.SetText(root, ["unit", "name"], YamlScalars.Text(unitName));
        }

        if (year is { } y)
        {
            editor.SetText(root, ["unit", "year"], YamlScalars.Count(y));
        }

        foreach (var (path, amount) in figures.Scalars)
        {
            editor.SetScalar(root, path.Split('.'), amount);
        }

        editor.InsertMissing();
        var functional = YamlBlocks.Value(root, "functional") as YamlMappingNode;
        var basic = YamlBlocks.Value(root, "basic_expenditure") as YamlMappingNode;
        editor.SyncList(functional, "lines", figures.Lines.Select(FigureItems.Line).ToList());
        editor.SyncList(functional, "declared_totals", figures.DeclaredTotals.Select(FigureItems.Total).ToList());
        // Table 6 lists only 款 with amounts: a 款 the file names without an amount is not missing from the workbook.
        editor.SyncList(basic, "items", figures.Items.Select(FigureItems.Item).ToList(), item => YamlBlocks.Value(item, "amount") is null or YamlScalarNode { Value: null or "" or "~" or "null" });
        var hasIncome = functional is not null && YamlBlocks.Value(functional, "income") is not null;
        if (hasIncome || !figures.IncomeFollowsSpending)
        {
            editor.SyncList(functional, "income", figures.Income.Select(FigureItems.Income).ToList());
        }

        return editor._edits.ApplyTo(text);
    }

    private void SetText(YamlMappingNode root, string[] path, string value)
    {
        var (mapping, rest) = Deepest(root, path);
        if (rest.Length == 1 && YamlBlocks.Value(mapping, rest[0]) is YamlScalarNode scalar)
        {
            if (scalar.Value != value.Trim('"'))
            {
                ReplaceKeepingComment(scalar, value);
            }
        }
        else
        {
            Missing(mapping, rest, value);
        }
    }

    private void SetScalar(YamlMappingNode root, string[] path, ImportedAmount amount)
    {
        var (mapping, rest) = Deepest(root, path);
        var value = YamlScalars.Amount(amount.Value);
        if (rest.Length == 1 && YamlBlocks.Value(mapping, rest[0]) is { } existing)
        {
            Replace(existing, amount.Value);
        }
        else if (!amount.IsRedundantTotal && amount.Value != 0m)
        {
            // A key not written prints as zero already; adding "0" would only add a line.
            Missing(mapping, rest, value);
        }
    }

    /// <summary>Replaces a scalar whose value differs from <paramref name="value"/>; an equal value keeps its writing.</summary>
    private void Replace(YamlNode existing, decimal value)
    {
        if (existing is not YamlScalarNode scalar)
        {
            return;
        }

        var same = decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var written)
            && written == value;
        if (!same)
        {
            ReplaceKeepingComment(scalar, YamlScalars.Amount(value));
        }
    }

    /// <summary>Replaces a scalar; an end-of-line comment after it keeps its column (at least one space before it).</summary>
    private void ReplaceKeepingComment(YamlScalarNode scalar, string value)
    {
        var start = (int)scalar.Start.Index;
        var end = (int)scalar.End.Index;
        var spaces = 0;
        while (end + spaces < _text.Length && _text[end + spaces] == ' ')
        {
            spaces++;
        }

        if (spaces > 0 && end + spaces < _text.Length && _text[end + spaces] == '#')
        {
            var padding = Math.Max(1, spaces - (Width(value) - Width(_text[start..end])));
            _edits.Replace(start, end + spaces, value + new string(' ', padding));
        }
        else
        {
            _edits.Replace(start, end, value);
        }
    }

    /// <summary>Columns a text takes in an editor: CJK characters are full width.</summary>
    private static int Width(string text) => text.Sum(c => c >= '\u1100' ? 2 : 1);

    private static (YamlMappingNode Mapping, string[] Remaining) Deepest(YamlMappingNode root, string[] path)
    {
        var mapping = root;
        var depth = 0;
        while (depth < path.Length - 1 && YamlBlocks.Value(mapping, path[depth]) is YamlMappingNode { Children.Count: > 0 } child)
        {
            mapping = child;
            depth++;
        }

        return (mapping, path[depth..]);
    }

    private void Missing(YamlMappingNode mapping, string[] rest, string value)
    {
        var group = _missing.FirstOrDefault(g => ReferenceEquals(g.Mapping, mapping));
        if (group.Mapping is null)
        {
            group = (mapping, []);
            _missing.Add(group);
        }

        group.Entries.Add((rest, value));
    }

    /// <summary>Adds the missing keys, each mapping's at the end of that mapping, nested keys as blocks.</summary>
    private void InsertMissing()
    {
        foreach (var (mapping, entries) in _missing)
        {
            var lines = new List<string>();
            Render(lines, YamlBlocks.Indent(mapping), entries);
            _edits.Insert(YamlBlocks.NextLineStart(_text, YamlBlocks.LastEnd(mapping)), EndWithNewline(string.Concat(lines.Select(l => l + _newline))));
        }
    }

    private static void Render(List<string> lines, int indent, List<(string[] Path, string Value)> entries)
    {
        foreach (var group in entries.GroupBy(e => e.Path[0]))
        {
            var leaf = group.FirstOrDefault(e => e.Path.Length == 1);
            if (leaf.Path is not null)
            {
                lines.Add(new string(' ', indent) + group.Key + ": " + leaf.Value);
                continue;
            }

            lines.Add(new string(' ', indent) + group.Key + ":");
            Render(lines, indent + 2, group.Select(e => (e.Path[1..], e.Value)).ToList());
        }
    }

    /// <summary>Matches the items to the list under <paramref name="key"/>; an item the workbook does not have is removed unless <paramref name="keepUnlisted"/> says the tables never list it.</summary>
    private void SyncList(YamlMappingNode? parent, string key, IReadOnlyList<FigureListItem> items, Func<YamlMappingNode, bool>? keepUnlisted = null)
    {
        if (parent is null || parent.Children.Count == 0)
        {
            return;
        }

        var existing = YamlBlocks.Value(parent, key) as YamlSequenceNode;
        var present = existing?.Children.OfType<YamlMappingNode>().ToList() ?? [];
        var matched = new HashSet<YamlMappingNode>();
        var added = new List<FigureListItem>();
        foreach (var item in items)
        {
            var match = present.FirstOrDefault(m => !matched.Contains(m) && item.Matches(k => (YamlBlocks.Value(m, k) as YamlScalarNode)?.Value));
            if (match is null)
            {
                if (!item.IsRedundant)
                {
                    added.Add(item);
                }

                continue;
            }

            matched.Add(match);
            foreach (var (figure, amount, optional) in item.Figures)
            {
                if (amount is null)
                {
                    continue;
                }

                if (YamlBlocks.Value(match, figure) is { } value)
                {
                    Replace(value, amount.Value);
                }
                else if (!optional || amount.Value != 0m)
                {
                    AddFigure(match, figure, amount.Value);
                }
            }
        }

        foreach (var gone in present.Where(m => !matched.Contains(m) && keepUnlisted?.Invoke(m) != true))
        {
            var start = YamlBlocks.LineStart(_text, (int)gone.Start.Index);
            _edits.Replace(start, YamlBlocks.NextLineStart(_text, YamlBlocks.LastEnd(gone)), string.Empty);
        }

        if (added.Count == 0)
        {
            return;
        }

        var itemIndent = present.Count > 0 ? YamlBlocks.Indent(present[0]) : YamlBlocks.Indent(parent) + 4;
        foreach (var item in added.ToList())
        {
            if (present.LastOrDefault(m => matched.Contains(m) && item.Follows(k => (YamlBlocks.Value(m, k) as YamlScalarNode)?.Value)) is { } before)
            {
                _edits.Insert(YamlBlocks.NextLineStart(_text, YamlBlocks.LastEnd(before)), ItemText(item, itemIndent));
                added.Remove(item);
            }
        }

        if (added.Count == 0)
        {
            return;
        }

        var block = string.Concat(added.Select(item => ItemText(item, itemIndent)));
        if (existing is { Children.Count: > 0 })
        {
            _edits.Insert(YamlBlocks.NextLineStart(_text, YamlBlocks.LastEnd(existing)), block);
        }
        else if (existing is not null)
        {
            // key: [] → key: followed by the items (a comment after [] stays on the key's line).
            var open = (int)existing.Start.Index;
            var close = _text.IndexOf(']', open);
            _edits.Replace(open, close + 1, new string(' ', close + 1 - open));
            _edits.Insert(YamlBlocks.NextLineStart(_text, close), block);
        }
        else
        {
            _edits.Insert(YamlBlocks.NextLineStart(_text, YamlBlocks.LastEnd(parent)), EndWithNewline(new string(' ', YamlBlocks.Indent(parent)) + key + ":" + _newline + block));
        }
    }

    /// <summary>
    /// Adds a figure to an existing item: a line of its own in a block mapping, a further pair after the last one of a flow
    /// mapping (<c>{ code: '2013201', total: 120.0 }</c>), whose own lines would break the list.
    /// </summary>
    private void AddFigure(YamlMappingNode item, string figure, decimal amount)
    {
        if (item.Style == YamlDotNet.Core.Events.MappingStyle.Flow)
        {
            _edits.Insert(YamlBlocks.LastEnd(item), ", " + figure + ": " + YamlScalars.Amount(amount));
            return;
        }

        _edits.Insert(YamlBlocks.NextLineStart(_text, YamlBlocks.LastEnd(item)), new string(' ', YamlBlocks.Indent(item)) + figure + ": " + YamlScalars.Amount(amount) + _newline);
    }

    private string ItemText(FigureListItem item, int indent)
    {
        var pad = new string(' ', indent);
        var lines = new List<string>();
        foreach (var (key, value) in item.Identity.Concat(item.Labels))
        {
            lines.Add((lines.Count == 0 ? new string(' ', indent - 2) + "- " : pad) + key + ": " + value);
        }

        foreach (var (key, amount, optional) in item.Figures)
        {
            if (amount is not null && (!optional || amount.Value != 0m))
            {
                lines.Add(pad + key + ": " + YamlScalars.Amount(amount.Value));
            }
        }

        return string.Concat(lines.Select(l => l + _newline));
    }

    private string EndWithNewline(string block) => _text.EndsWith('\n') || _text.Length == 0 ? block : _newline + block.TrimEnd('\r', '\n');
}
