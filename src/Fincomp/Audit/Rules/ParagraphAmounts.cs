namespace Fincomp.Audit.Rules;

/// <summary>The amounts of every paragraph, read once and shared by the text rules, with lookups by name.</summary>
internal sealed class ParagraphAmounts
{
    private readonly DocumentView _view;

    public ParagraphAmounts(DocumentView view)
    {
        _view = view;
        var byBlock = new Dictionary<int, IReadOnlyList<TextAmount>>();
        var texts = new Dictionary<int, string>();
        foreach (var (index, text) in view.Paragraphs())
        {
            byBlock[index] = StatedFigures.Amounts(index, text);
            texts[index] = text;
        }

        ByBlock = byBlock;
        Texts = texts;
        All = byBlock.OrderBy(pair => pair.Key).SelectMany(pair => pair.Value).ToList();
    }

    public IReadOnlyDictionary<int, IReadOnlyList<TextAmount>> ByBlock { get; }

    public IReadOnlyDictionary<int, string> Texts { get; }

    public IReadOnlyList<TextAmount> All { get; }

    public int ScopeOf(int block) => _view.Scopes[block];

    /// <summary>The last amount before (block, position) in the same scope whose subject is or ends with <paramref name="name"/>.</summary>
    public TextAmount? Named(string name, int block, int position)
    {
        if (name.Length == 0)
        {
            return null;
        }

        var scope = ScopeOf(block);
        return All.LastOrDefault(a => !a.IsChange && ScopeOf(a.Block) == scope
            && (a.Block < block || (a.Block == block && a.End <= position))
            && a.Subject.EndsWith(name, StringComparison.Ordinal));
    }

    /// <summary>The last amount of the paragraph before <paramref name="position"/> that is not a change.</summary>
    public TextAmount? Before(int block, int position) =>
        ByBlock.TryGetValue(block, out var amounts) ? amounts.LastOrDefault(a => !a.IsChange && a.End <= position) : null;
}
