namespace Fincomp.Writers.Docx;

/// <summary>
/// The fonts of GB/T 9704 (党政机关公文格式) as a 决算公开 uses them: 2号 = 22pt, 3号 = 16pt, 4号 = 14pt, 五号 = 10.5pt,
/// 小五 = 9pt. Only the default styles use them: runs carry no fonts, so a reference document's styles decide.
/// </summary>
internal static class DocxFonts
{
    public static readonly FontSpec Title = new("方正小标宋简体", 44);
    public static readonly FontSpec Part = new("黑体", 32);
    public static readonly FontSpec Section = new("黑体", 32);
    public static readonly FontSpec Subsection = new("楷体_GB2312", 32);
    public static readonly FontSpec Item = new("仿宋_GB2312", 32, Bold: true);
    public static readonly FontSpec Body = new("仿宋_GB2312", 32);
    public static readonly FontSpec Note = new("仿宋_GB2312", 24);
    public static readonly FontSpec Caption = new("黑体", 28);
    public static readonly FontSpec TableTitle = new("黑体", 28);
    public static readonly FontSpec Table = new("宋体", 18);
    public static readonly FontSpec Footer = new("宋体", 28);
    public static readonly FontSpec Cover = new("楷体_GB2312", 32);
    public static readonly FontSpec ContentsHeading = new("黑体", 32);
}
