namespace Fincomp.Audit.Reading;

/// <summary>A file that is not a report this check can read; the message says why in Chinese, without a final 。.</summary>
internal sealed class UnreadableDocumentException(string message) : IOException(message);
