namespace Fincomp.Writers.Docx;

/// <summary>
/// Fixed relationship ids for the parts every output has: generated ids would differ from run to run and break
/// byte-identical output.
/// </summary>
internal static class PartIds
{
    public const string MainDocument = "rIdDocument";
    public const string CoreProperties = "rIdCore";
    public const string Styles = "rIdStyles";
    public const string Settings = "rIdSettings";
    public const string Theme = "rIdTheme";
    public const string Numbering = "rIdNumbering";
    public const string FontTable = "rIdFontTable";
    public const string Footer = "rIdFooter";

    public static string Image(int number) => "rIdImage" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
