namespace Fincomp.Writers.Html;

/// <summary>
/// Anchor ids for the headings, by their position among the headings (<c>h1</c>, <c>h2</c>, …). Positional ids stay
/// unique when two headings read the same (every attachment has its own 一、基本情况) and are the same for the same
/// document, so links into the published page keep working when it is rebuilt.
/// </summary>
internal static class HeadingIds
{
    public static string For(int ordinal) =>
        "h" + (ordinal + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
