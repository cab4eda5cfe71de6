using System.Globalization;

namespace Fincomp.Diagnostics;

/// <summary>
/// One finding about the input: a stable code (FC0xxx input, FC1xxx consistency), its severity, a message in the
/// clerk's language, and where it was found. Related spans name the other figures involved.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceSpan Span)
{
    public IReadOnlyList<SourceSpan> Related { get; init; } = [];

    /// <summary>
    /// The reasoning behind the message for those who ask for it (<c>check --verbose</c>, JSON, SARIF): the rounding
    /// intervals compared, for instance. The message itself stays in the clerk's words.
    /// </summary>
    public string? Detail { get; init; }

    /// <summary>
    /// The form compilers use, which editors and CI logs parse: <c>file(line,col): error FC0001: message</c>.
    /// Control characters (from a file name, say) are shown escaped, so one diagnostic is always one plain line.
    /// </summary>
    public override string ToString() =>
        PrintableText.Escape(string.Create(CultureInfo.InvariantCulture, $"{Span}: {SeverityWord(Severity)} {Code}: {Message}"));

    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
