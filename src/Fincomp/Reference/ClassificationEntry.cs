namespace Fincomp.Reference;

/// <summary>
/// One row of a classification table: a code of the 政府收支分类科目 (功能分类 类/款/项, or 经济分类 类/款), its official
/// name, and the standard explanation that a 名词解释 entry quotes. The meaning is kept apart from any unit's own
/// "主要用于…" wording so that documents can default to the official text and a check can compare names against it.
/// </summary>
/// <param name="Code">The digits only: 3 for 类, 5 for 款, 7 for 项 (经济分类 has no 项).</param>
/// <param name="Name">The official name, with full-width brackets as printed in the 科目 book.</param>
/// <param name="Meaning">The standard "反映…" explanation, or <see langword="null"/> when the table gives none.</param>
public sealed record ClassificationEntry(string Code, string Name, string? Meaning);
