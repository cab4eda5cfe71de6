namespace Fincomp.Audit;

/// <summary>
/// The stable codes of the document audit (FC20xx): what a finished report can get wrong about its own figures. The
/// same rules run after every build (the self-audit, where a finding is a defect of fincomp or of a custom template)
/// and on a finished .docx or .pdf. Never renumber.
/// </summary>
public static class AuditCodes
{
    /// <summary>A document given to <c>fincomp check</c> that cannot be opened or read (not a Word file, damaged).</summary>
    public const string Unreadable = "FC2000";

    /// <summary>True for a finding of the self-audit on a compiled document (FC2001 and later), not of reading it back.</summary>
    public static bool IsAuditFinding(string code) =>
        code.StartsWith("FC20", StringComparison.Ordinal) && code != Unreadable;

    /// <summary>A table's column, row, 类/款/项 structure or 合计 does not add within rounding.</summary>
    public const string TableSum = "FC2001";

    /// <summary>A part printed larger than its whole (all parts non-negative), which no rounding explains.</summary>
    public const string PartExceedsWhole = "FC2002";

    /// <summary>One quantity printed with two values (text against text, or text against its table cell).</summary>
    public const string TwoValues = "FC2003";

    /// <summary>A share ("占X%") that does not recompute from the printed part and whole.</summary>
    public const string Share = "FC2004";

    /// <summary>A change ("增加/减少X万元，增长/下降Y%") that does not recompute, or whose two verbs disagree.</summary>
    public const string Change = "FC2005";

    /// <summary>A completion rate that does not recompute from the printed budget and actual figures.</summary>
    public const string Completion = "FC2006";

    /// <summary>A stated count ("下设5个…") that differs from the number of items listed.</summary>
    public const string Count = "FC2007";

    /// <summary>A placeholder left in the text (XX, ×××, 待填写, 待补充) or doubled punctuation (。。, ，，).</summary>
    public const string Placeholder = "FC2008";

    /// <summary>A heading, table title or "截至X年12月31日" that names another year than the report's.</summary>
    public const string Year = "FC2009";

    /// <summary>One of the nine standard 公开表 missing from a report that prints the tables.</summary>
    public const string MissingTable = "FC2010";

    /// <summary>A 科目 printed with its code under another name than the year's classification table gives it.</summary>
    public const string SubjectName = "FC2011";

    /// <summary>A score called 满分 where the text prints a score below the full mark.</summary>
    public const string FullMarks = "FC2012";

    /// <summary>
    /// A document with no text to read (a scanned PDF) or with neither a table nor a part heading: nothing was audited,
    /// which must not read as "no findings".
    /// </summary>
    public const string NothingToAudit = "FC2013";

    /// <summary>Items the text lists under a stated total ("X万元，包括…", numbered paragraphs after "包括：") that do not add to it.</summary>
    public const string DetailSum = "FC2014";

    /// <summary>大于/小于/等于 (or 持平) said of two figures the text prints otherwise.</summary>
    public const string Comparison = "FC2015";

    /// <summary>The unit's full name printed differently (in a heading, a table title or cell, a sentence) than in the report's title.</summary>
    public const string UnitName = "FC2016";

    /// <summary>With --against: a figure the edited document prints that the unit's data gives otherwise.</summary>
    public const string DiffersFromData = "FC2017";

    /// <summary>With --against: a sentence of the data's narrative the edited document changed or deleted (info).</summary>
    public const string NarrativeChanged = "FC2018";

    /// <summary>With --against: the unit file builds another unit's or another year's report (name, year, totals), so nothing is compared.</summary>
    public const string OtherUnitData = "FC2019";

    /// <summary>A numbered heading after a gap in its numbering (第一部分 … 第三部分, 八、 … 十、): a part or section deleted, or misnumbered.</summary>
    public const string HeadingGap = "FC2020";

    /// <summary>A standard table printed as a picture (its title above an image): its figures cannot be read, so it is not audited (info).</summary>
    public const string PictureTable = "FC2021";

    /// <summary>Whether a finding of this code is for information only, not an error of the document.</summary>
    public static bool IsInfo(string code) => code is NarrativeChanged or PictureTable;
}
