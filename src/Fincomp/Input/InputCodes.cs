namespace Fincomp.Input;

/// <summary>The stable codes of input diagnostics (FC0xxx). Documented in docs/format.md; never renumber.</summary>
public static class InputCodes
{
    public const string SyntaxError = "FC0001";
    public const string AnchorOrAlias = "FC0002";
    public const string TooDeep = "FC0003";
    public const string ComplexKey = "FC0004";
    public const string MultipleDocuments = "FC0005";
    public const string EmptyFile = "FC0006";
    public const string Tab = "FC0007";
    public const string NotUtf8 = "FC0008";
    public const string NulByte = "FC0009";
    public const string TooLarge = "FC0010";
    public const string Unreadable = "FC0011";

    public const string UnknownKey = "FC0101";
    public const string DuplicateKey = "FC0102";
    public const string WrongShape = "FC0103";
    public const string MissingKey = "FC0104";
    public const string NotANumber = "FC0105";
    public const string Negative = "FC0106";
    public const string BadEnum = "FC0107";
    public const string NotAnInteger = "FC0108";
    public const string NullValue = "FC0109";
    public const string OutOfRange = "FC0110";
    public const string NotABoolean = "FC0111";
    public const string QuotedNumber = "FC0112";
    public const string TextTooLong = "FC0113";

    public const string PreviousYearCycle = "FC0201";
    public const string PreviousYearMissing = "FC0202";
    public const string PreviousBoth = "FC0203";
    public const string PreviousYearMismatch = "FC0204";
    public const string PreviousYearTooDeep = "FC0205";
    public const string PreviousYearOtherUnit = "FC0206";
}
