using YamlDotNet.RepresentationModel;

namespace Fincomp.Import;

/// <summary>Positions in the YAML text around parsed nodes: where a block's last line ends, where a line starts.</summary>
internal static class YamlBlocks
{
    /// <summary>The end of the last scalar inside <paramref name="node"/> (a block ends where its last value does).</summary>
    public static int LastEnd(YamlNode node) => node switch
    {
        YamlMappingNode { Children.Count: > 0 } mapping => LastEnd(mapping.Children.Last().Value),
        YamlSequenceNode { Children.Count: > 0 } sequence => LastEnd(sequence.Children.Last()),
        _ => (int)node.End.Index,
    };

    /// <summary>The position after the line break that ends the line holding <paramref name="position"/>.</summary>
    public static int NextLineStart(string text, int position)
    {
        var newline = text.IndexOf('\n', Math.Min(position, text.Length));
        return newline < 0 ? text.Length : newline + 1;
    }

    /// <summary>The start of the line holding <paramref name="position"/>.</summary>
    public static int LineStart(string text, int position) =>
        position == 0 ? 0 : text.LastIndexOf('\n', Math.Min(position, text.Length) - 1) + 1;

    /// <summary>The 0-based column of the first key of a block mapping: the indentation its new keys take.</summary>
    public static int Indent(YamlMappingNode mapping) => (int)mapping.Children[0].Key.Start.Column - 1;

    public static YamlNode? Value(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode k && k.Value == key).Value;
}
