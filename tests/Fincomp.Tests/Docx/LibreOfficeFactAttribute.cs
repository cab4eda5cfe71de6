using Xunit;

namespace Fincomp.Tests.Docx;

/// <summary>A fact that needs LibreOffice; skipped, with the reason shown, only when soffice is not on PATH.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Executable is null)
        {
            Skip = "soffice is not on PATH: install libreoffice-writer-nogui and poppler-utils to run the LibreOffice end-to-end test.";
        }
    }
}
