using Xunit;

namespace Fincomp.Tests.Docx;

/// <summary>A real client opens the written file: LibreOffice renders it to PDF and the text is found in it.</summary>
public sealed class LibreOfficeEndToEndTests
{
    [LibreOfficeFact]
    public void LibreOffice_renders_the_tables_forms_and_page_numbers()
    {
        var work = Directory.CreateTempSubdirectory("fincomp-lo-");
        try
        {
            var text = LibreOffice.ConvertToPdfText(SampleDocuments.Write(SampleDocuments.EveryBlockKind()), work.FullName);
            Assert.Contains("收入支出决算总表", text, StringComparison.Ordinal);
            Assert.Contains("一般公共预算财政拨款收入", text, StringComparison.Ordinal);
            Assert.Contains("837.44", text, StringComparison.Ordinal);
            Assert.Contains("部门整体支出绩效目标自评表", text, StringComparison.Ordinal);
            Assert.Contains("故本表无数据", text, StringComparison.Ordinal);
            Assert.Contains("—2—", text.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
