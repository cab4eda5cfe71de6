namespace Fincomp.Narrative;

/// <summary>
/// A "::: name arguments" line of the template output: where a table, figure or form built in C# goes.
/// <paramref name="Line"/> is the 1-based line in the rendered Markdown, for diagnostics when the template is unknown.
/// </summary>
internal sealed record Directive(string Name, IReadOnlyList<string> Arguments, int Line)
{
    /// <summary>The key of the template that printed the line (see <see cref="TemplateMarkingInclude"/>), when marked.</summary>
    public string? Template { get; init; }
}
