using System.Globalization;
using System.Text;
using Fincomp.Checks;
using Fincomp.Diagnostics;
using Fincomp.Input;

namespace Fincomp.TestPark;

/// <summary>
/// Writes a park of N unit files for the whole-process benchmarks: the consistent units of a source folder, taken in
/// turn, each with its amounts scaled by an exact <see cref="ScaleFactor"/>, so every generated unit passes
/// <c>fincomp check</c> without errors while its figures (and so its charts and wording) differ from its neighbours'.
/// Units whose source has check errors are not used; the history folder is copied so <c>previous_year</c> resolves.
/// </summary>
internal sealed class ParkGenerator
{
    private readonly IReadOnlyList<SourceUnit> _sources;
    private readonly string _sourceDirectory;

    private ParkGenerator(string sourceDirectory, IReadOnlyList<SourceUnit> sources)
    {
        _sourceDirectory = sourceDirectory;
        _sources = sources;
    }

    /// <summary>The units of the source folder that load and check without errors.</summary>
    public IReadOnlyList<string> SourceFiles => _sources.Select(s => s.Path).ToArray();

    public static ParkGenerator From(string sourceDirectory)
    {
        var loader = new UnitLoader();
        var sources = new List<SourceUnit>();
        foreach (var path in Directory.GetFiles(sourceDirectory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var loaded = loader.Load(path);
            if (!loaded.Succeeded || UnitChecker.Check(loaded.Unit!).Any(d => d.Severity == Severity.Error))
            {
                continue;
            }

            var text = File.ReadAllText(path, Encoding.UTF8);
            var lines = text.Split('\n');
            var positions = MoneyPositions.In(loaded.Unit!, path).Where(p => AmountRewriter.IsAmountAt(lines, p)).ToArray();
            sources.Add(new SourceUnit(path, text, positions, AmountsAt(text, positions)));
        }

        if (sources.Count == 0)
        {
            throw new InvalidOperationException($"No unit in {sourceDirectory} checks without errors.");
        }

        return new ParkGenerator(sourceDirectory, sources);
    }

    /// <summary>Writes units 0 … count−1 into <paramref name="targetDirectory"/>; returns the files written.</summary>
    public IReadOnlyList<string> Generate(int count, string targetDirectory)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Directory.CreateDirectory(targetDirectory);
        CopyHistory(targetDirectory);
        var written = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var source = _sources[i % _sources.Count];
            var factor = ScaleFactor.For(i / _sources.Count, source.Amounts);
            var text = NamedApart(AmountRewriter.Rewrite(source.Text, source.Positions, factor.Apply), i / _sources.Count);
            var target = Path.Combine(targetDirectory, $"{Path.GetFileNameWithoutExtension(source.Path)}-{i:D4}.yaml");
            File.WriteAllText(target, text, new UTF8Encoding(false));
            written.Add(target);
        }

        return written;
    }

    /// <summary>
    /// A later round's unit under a name of its own (the source's name and the round, 第2组 …): a batch builds one unit
    /// per unit name and year (copies of one unit-year are refused, FC0921), so a park of 1000 units must be 1000 units.
    /// The name line comes before every amount, so the amount positions of the source still hold.
    /// </summary>
    private static string NamedApart(string text, int round)
    {
        if (round == 0)
        {
            return text;
        }

        const string NameLine = "\n  name: ";
        var start = text.IndexOf(NameLine, StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf('\n', start + NameLine.Length);
        return end < 0 ? text : text.Insert(end, string.Create(CultureInfo.InvariantCulture, $"（第{round + 1}组）"));
    }

    private void CopyHistory(string targetDirectory)
    {
        var history = Path.Combine(_sourceDirectory, "history");
        if (!Directory.Exists(history))
        {
            return;
        }

        var copy = Directory.CreateDirectory(Path.Combine(targetDirectory, "history"));
        foreach (var file in Directory.GetFiles(history))
        {
            File.Copy(file, Path.Combine(copy.FullName, Path.GetFileName(file)), overwrite: true);
        }
    }

    private static decimal[] AmountsAt(string text, IReadOnlyCollection<SourceSpan> positions)
    {
        var amounts = new List<decimal>();
        AmountRewriter.Rewrite(text, positions, value =>
        {
            amounts.Add(value);
            return value;
        });
        return [.. amounts];
    }

    private sealed record SourceUnit(string Path, string Text, IReadOnlyCollection<SourceSpan> Positions, IReadOnlyList<decimal> Amounts);
}
