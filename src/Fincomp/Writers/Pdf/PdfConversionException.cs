namespace Fincomp.Writers.Pdf;

/// <summary>LibreOffice is missing, failed or timed out; the message is for the user.</summary>
public sealed class PdfConversionException(string message) : Exception(message);
