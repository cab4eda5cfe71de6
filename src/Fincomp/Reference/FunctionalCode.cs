namespace Fincomp.Reference;

/// <summary>
/// A 7-digit 项 code of the 支出功能分类 split into its 类 (3), 款 (2) and 项 (2) parts. Documents write a line as
/// "类名（201）款名（03）项名（01）", so the two-digit parts are needed as often as the cumulative codes that key the
/// classification table. Only <see cref="TryParse"/> creates a valid value; <c>default</c> is not a code and all
/// of its properties are empty strings.
/// </summary>
internal readonly record struct FunctionalCode
{
    private readonly string? _item;

    private FunctionalCode(string item) => _item = item;

    /// <summary>The full 项 code, e.g. <c>2010301</c>.</summary>
    public string Item => _item ?? string.Empty;

    /// <summary>The 类 code, e.g. <c>201</c>; the key of the 类 row in the table.</summary>
    public string Class => Slice(0, 3);

    /// <summary>The cumulative 款 code, e.g. <c>20103</c>; the key of the 款 row in the table.</summary>
    public string Section => Slice(0, 5);

    /// <summary>The 类 digits as printed in text, e.g. <c>201</c> (the same as <see cref="Class"/>).</summary>
    public string ClassDigits => Class;

    /// <summary>The 款 digits as printed in text, e.g. <c>03</c>.</summary>
    public string SectionDigits => Slice(3, 2);

    /// <summary>The 项 digits as printed in text, e.g. <c>01</c>.</summary>
    public string ItemDigits => Slice(5, 2);

    /// <summary>
    /// Accepts exactly seven ASCII digits and nothing else (no spaces, no full-width digits), so that a code that
    /// parses is also a key the table can hold.
    /// </summary>
    public static bool TryParse(string? text, out FunctionalCode code)
    {
        if (text is { Length: 7 } && text.All(char.IsAsciiDigit))
        {
            code = new FunctionalCode(text);
            return true;
        }

        code = default;
        return false;
    }

    public override string ToString() => Item;

    private string Slice(int start, int length) => _item is null ? string.Empty : _item.Substring(start, length);
}
