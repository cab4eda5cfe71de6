using Fincomp.Document;

namespace Fincomp.Audit.Reading;

/// <summary>
/// A picture a finished document shows (a chart, a table pasted as an image, a seal), read as a figure without its
/// image: the audit only needs to know that something printed there cannot be read as text.
/// </summary>
internal static class PictureBlock
{
    /// <summary>The key of a figure read from a finished document.</summary>
    public const string Key = "picture";

    public static Figure Instance { get; } = new(Key, string.Empty, [], 0, 0);
}
