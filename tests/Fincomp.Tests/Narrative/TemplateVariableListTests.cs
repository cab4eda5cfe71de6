using System.Text.RegularExpressions;
using Fincomp.Derivation;
using Fincomp.Input;
using Fincomp.Narrative;
using Fincomp.Tests.Support;
using Scriban.Runtime;
using Xunit;

namespace Fincomp.Tests.Narrative;

/// <summary>
/// docs/templates.md lists what a template can read; this keeps the list true. The variables are collected from the
/// model built for the samples (together they give every list and every optional part a value), and the functions
/// from the same model; the tables in §3 and §4 must name exactly those.
/// </summary>
public sealed partial class TemplateVariableListTests
{
    private static readonly string[] Samples = ["dangqun-2023.yaml", "shanghai-2024.yaml", "park/zhifa-2023.yaml", "park/guijian-2023.yaml"];

    private static readonly Lazy<string> Documentation = new(() => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "templates.md")));

    [Fact]
    public void Every_variable_is_documented_and_every_documented_variable_exists()
    {
        var variables = new SortedSet<string>(StringComparer.Ordinal);
        var emptyLists = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var model in Models())
        {
            foreach (var (key, value) in model)
            {
                if (!IsFunction(value))
                {
                    Collect(key, value, variables, emptyLists);
                }
            }
        }

        // A list no sample fills cannot show its members; documenting them is allowed, not required.
        var documented = DocumentedNames("## 3.", "## 4.");
        var absent = documented.Except(variables).Where(name => !emptyLists.Any(list => name.StartsWith(list + "[].", StringComparison.Ordinal))).ToList();
        Assert.True(variables.IsSubsetOf(documented) && absent.Count == 0, $"Not documented: {string.Join(", ", variables.Except(documented))}\nDocumented but absent: {string.Join(", ", absent)}");
    }

    [Fact]
    public void Every_function_is_documented()
    {
        var functions = new SortedSet<string>(Models().First().Where(p => IsFunction(p.Value)).Select(p => p.Key), StringComparer.Ordinal);
        var documented = DocumentedNames("## 4.", "## 5.");
        Assert.True(functions.SetEquals(documented), $"Not documented: {string.Join(", ", functions.Except(documented))}\nDocumented but absent: {string.Join(", ", documented.Except(functions))}");
    }

    private static IEnumerable<ScriptObject> Models() =>
        Samples.Select(sample =>
        {
            var unit = new UnitLoader().Load(TestPaths.Sample(sample)).Unit;
            Assert.NotNull(unit);
            return TemplateModel.Build(ReportFigures.Of(unit!));
        });

    private static bool IsFunction(object? value) => value is IScriptCustomFunction;

    private static void Collect(string path, object? value, ISet<string> into, ISet<string> emptyLists)
    {
        into.Add(path);
        if (value is ScriptArray { Count: 0 })
        {
            emptyLists.Add(path);
        }

        switch (value)
        {
            case ScriptObject members:
                foreach (var (key, member) in members)
                {
                    Collect($"{path}.{key}", member, into, emptyLists);
                }

                break;
            case ScriptArray items:
                foreach (var item in items.OfType<ScriptObject>())
                {
                    foreach (var (key, member) in item)
                    {
                        Collect($"{path}[].{key}", member, into, emptyLists);
                    }
                }

                break;
        }
    }

    /// <summary>The names in the first column of the tables between two headings of docs/templates.md: `name` or `name args`.</summary>
    private static SortedSet<string> DocumentedNames(string from, string to)
    {
        var text = Documentation.Value;
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/templates.md has no section {from}");
        return new SortedSet<string>(
            FirstCell().Matches(text[start..end]).Select(m => m.Groups[1].Value.Split(' ')[0]),
            StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\| `([^`]+)`", RegexOptions.Multiline)]
    private static partial Regex FirstCell();
}
