namespace Fincomp.Writers.Pdf;

/// <summary>LibreOffice is missing, failed or timed out; the message is for the user.</summary>
internal sealed class PdfConversionException(string message) : Exception(message);
