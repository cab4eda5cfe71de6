namespace Fincomp.Import;

/// <summary>
/// The stable codes of workbook-import findings (FC03xx). Documented in docs/import.md; never renumber. Errors make
/// <c>fincomp import</c> exit 2 and write nothing; warnings and notices are reported and the figures are written.
/// </summary>
public static class ImportCodes
{
    /// <summary>The workbook cannot be opened (not a workbook, damaged, encrypted, missing).</summary>
    public const string Unreadable = "FC0301";

    /// <summary>One of the nine tables is not in the workbook.</summary>
    public const string MissingTable = "FC0302";

    /// <summary>A table's header lacks a column the table needs.</summary>
    public const string UnrecognisedHeader = "FC0303";

    /// <summary>A code that the year's classification table does not have.</summary>
    public const string UnknownCode = "FC0304";

    /// <summary>Text where an amount belongs.</summary>
    public const string NotAnAmount = "FC0305";

    /// <summary>A row whose name is not the classification's name for its code.</summary>
    public const string NameDisagrees = "FC0306";

    /// <summary>The workbook's unit or year is not the unit file's.</summary>
    public const string UnitDisagrees = "FC0307";

    /// <summary>The same table appears twice.</summary>
    public const string DuplicateTable = "FC0308";

    /// <summary>A row the table does not expect (neither a code nor a known line).</summary>
    public const string UnknownRow = "FC0309";

    /// <summary>The unit file cannot be written (exists without --force, missing for --into, not writable).</summary>
    public const string OutputFailed = "FC0310";

    /// <summary>A table's amounts are 10,000× (or 1/10,000 of) what the 总表 allows: its unit line does not fit its numbers.</summary>
    public const string ImplausibleUnit = "FC0311";

    /// <summary>Table 3 (all funds) has less for a 科目 than tables 5, 8 and 9 (财政拨款) have for it.</summary>
    public const string FiscalExceedsAllFunds = "FC0312";

    /// <summary>A formula cell saved without its result (script-written workbooks): it reads as blank, so its amount is missing.</summary>
    public const string UncomputedFormula = "FC0313";

    /// <summary>Notice: the table is in 元 and was converted to 万元.</summary>
    public const string ConvertedFromYuan = "FC0320";

    /// <summary>Notice: the table states no unit; 万元 assumed.</summary>
    public const string NoUnitLine = "FC0321";

    /// <summary>Notice: 公务接待费 is one figure in the table and was written as 国内公务接待费.</summary>
    public const string ReceptionUnsplit = "FC0322";
}
