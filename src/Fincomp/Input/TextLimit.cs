namespace Fincomp.Input;

/// <summary>
/// The longest text one value of a unit file may hold. A published disclosure has about 13,000 characters in all and
/// its longest paragraph a few hundred, so 10,000 characters in one value (five or six printed pages) is far beyond
/// real narrative; anything longer is a paste gone wrong, and would make the text rules' work and the report's size
/// grow without bound. Documented in docs/format.md (FC0113).
/// </summary>
public static class TextLimit
{
    public const int MaxCharacters = 10_000;

    /// <summary>The number of characters of <paramref name="text"/> when it is over the limit, else null.</summary>
    public static int? Excess(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxCharacters)
        {
            return null;
        }

        // Length counts UTF-16 units; a character outside the BMP (a rare 汉字 of extension B) is one character.
        var characters = text.EnumerateRunes().Count();
        return characters > MaxCharacters ? characters : null;
    }
}
