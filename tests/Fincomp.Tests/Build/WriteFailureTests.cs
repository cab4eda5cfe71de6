using DocumentFormat.OpenXml.Packaging;
using Fincomp.Compilation;
using Fincomp.Writers.Pdf;
using Xunit;

namespace Fincomp.Tests.Build;

/// <summary>
/// Which exceptions a build reports as "无法写出" (the disk, the folder, its permissions, LibreOffice) and which it lets
/// through as an internal error: a defect in a writer must not be blamed on the output path.
/// </summary>
public sealed class WriteFailureTests
{
    public static TheoryData<Exception> WriteFailures() =>
    [
        new IOException("disk full"),
        new DirectoryNotFoundException("gone"),
        new PathTooLongException("long"),
        new UnauthorizedAccessException("read-only"),
        new PdfConversionException("LibreOffice 未生成 PDF。"),
    ];

    public static TheoryData<Exception> Defects() =>
    [
        new InvalidOperationException("bad state"),
        new ArgumentException("bad argument"),
        new FormatException("bad format"),
        new OpenXmlPackageException("bad package"),
        new NotSupportedException("unknown block kind"),
    ];

    [Theory]
    [MemberData(nameof(WriteFailures))]
    public void What_the_disk_or_LibreOffice_raises_is_a_write_failure(Exception exception) =>
        Assert.True(ReportBuilder.IsWriteFailure(exception));

    [Theory]
    [MemberData(nameof(Defects))]
    public void A_defect_is_not_a_write_failure(Exception exception) =>
        Assert.False(ReportBuilder.IsWriteFailure(exception));
}
