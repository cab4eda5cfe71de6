using Fincomp.Model;

namespace Fincomp.Authoring;

/// <summary>
/// What a starter unit file is made from: the year it reports on, where the schema is (for editor completion), and,
/// when the unit existed last year, last year's unit and the path to its file as the new file should refer to it.
/// </summary>
public sealed record StarterOptions
{
    /// <summary>The 决算年度 of the new file.</summary>
    public required int Year { get; init; }

    /// <summary>The schema path for the <c># yaml-language-server</c> line, relative to the new file; null omits the line.</summary>
    public string? SchemaPath { get; init; }

    /// <summary>Last year's unit, whose identity, profile and codes are carried over; null for a blank file.</summary>
    public UnitYear? LastYear { get; init; }

    /// <summary>Last year's file relative to the new file, written as <c>previous_year</c>; used with <see cref="LastYear"/>.</summary>
    public string? PreviousYearPath { get; init; }

    /// <summary>
    /// The workbook's file name when <c>fincomp import</c> makes the file: the header says so, and the counts and amounts
    /// no 公开表 holds (staff, vehicles, receptions, procurement, assets, performance counts) are left out as comments,
    /// since an unknown count written as 0 would print as a fact.
    /// </summary>
    public string? ImportedFrom { get; init; }
}
