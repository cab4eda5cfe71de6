using System.Text;

namespace Fincomp.Import;

/// <summary>
/// Replacements in a text by character position, applied together at the end so positions found while reading stay
/// valid. Insertions at the same position keep the order in which they were added.
/// </summary>
internal sealed class TextEdits
{
    private readonly List<(int Start, int End, string Text, int Order)> _edits = [];

    public int Count => _edits.Count;

    public void Replace(int start, int end, string text) => _edits.Add((start, end, text, _edits.Count));

    public void Insert(int position, string text) => Replace(position, position, text);

    public string ApplyTo(string text)
    {
        var builder = new StringBuilder(text);
        foreach (var (start, end, replacement, _) in _edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.Order))
        {
            builder.Remove(start, end - start).Insert(start, replacement);
        }

        return builder.ToString();
    }
}
