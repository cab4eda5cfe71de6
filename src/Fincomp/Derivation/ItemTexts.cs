using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// The glossary's texts of a 项 (<c>meaning</c>, <c>purpose</c>) describe the 科目, not one fund's part of it: a 项 paid
/// from several sources takes them from the line in hand (its fund's own), else from the first of its other lines, in
/// fund order, that gives them, so that a purpose written on the 其他资金 line is printed, not lost.
/// </summary>
internal static class ItemTexts
{
    public static string? Meaning(UnitYear unit, FunctionalLine line) => Of(unit, line, l => l.Meaning);

    public static string? Purpose(UnitYear unit, FunctionalLine line) => Of(unit, line, l => l.Purpose);

    private static string? Of(UnitYear unit, FunctionalLine line, Func<FunctionalLine, string?> text)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(line);
        return string.IsNullOrWhiteSpace(text(line))
            ? unit.Functional.Lines.Where(l => l.Code == line.Code).OrderBy(l => l.Fund).Select(text).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? text(line)
            : text(line);
    }
}
