namespace Fincomp.Diagnostics;

/// <summary>
/// A text value together with the characters that wrote it in the unit file (quotes, line breaks and indentation
/// included), so that a finding about a fragment of the text can point at the fragment's own line and column rather
/// than at the start of the value.
/// </summary>
/// <param name="Span">Where the written scalar starts.</param>
/// <param name="Source">The scalar exactly as written, from its first character to its last.</param>
public sealed record WrittenText(SourceSpan Span, string Source)
{
    /// <summary>
    /// The position of the character at <paramref name="offset"/> of <paramref name="value"/> (the parsed text). The
    /// value's characters are found in order in the source, whitespace matching whitespace (YAML folds line breaks into
    /// spaces); when the source cannot be aligned (an escape sequence, say), the start of the scalar is returned.
    /// </summary>
    public SourceSpan Locate(string value, int offset)
    {
        if (offset < 0 || offset >= value.Length)
        {
            return Span;
        }

        var at = -1;
        for (var i = 0; i <= offset; i++)
        {
            at++;
            while (at < Source.Length && !Matches(Source[at], value[i]))
            {
                at++;
            }

            if (at >= Source.Length)
            {
                return Span;
            }
        }

        var lastBreak = Source.LastIndexOf('\n', at);
        if (lastBreak < 0)
        {
            return Span with { Column = Span.Column + at };
        }

        var lines = Source.AsSpan(0, at).Count('\n');
        return Span with { Line = Span.Line + lines, Column = at - lastBreak };
    }

    private static bool Matches(char written, char parsed) =>
        written == parsed || (char.IsWhiteSpace(written) && char.IsWhiteSpace(parsed));
}
