namespace Fincomp.Charts;

/// <summary>
/// The <c>--chart-font</c> file cannot be used: it does not exist or is not a font. Its message is the Chinese sentence
/// shown to the user, so callers print it as it is instead of taking apart another exception's text.
/// </summary>
public sealed class ChartFontException(string fontFile, string message) : Exception(message)
{
    /// <summary>The font file as the user gave it.</summary>
    public string FontFile { get; } = fontFile;
}
