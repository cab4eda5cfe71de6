using CsCheck;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Import;

/// <summary>
/// import(export(unit)) gives back every figure the nine tables carry, exactly: over the sample, the park and
/// generated units with figures in every place the tables read.
/// </summary>
public sealed class ImportRoundTripTests : IDisposable
{
    private readonly TemporaryFolder _directory = new("fincomp-import-");

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string> Samples() =>
    [
        "dangqun-2023.yaml",
        "shanghai-2024.yaml",
        .. Directory.EnumerateFiles(TestPaths.Sample("park"), "*.yaml").Order(StringComparer.Ordinal).Select(f => Path.Combine("park", Path.GetFileName(f))),
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_comes_back_with_the_same_figures(string sample)
    {
        var unit = new Fincomp.Input.UnitLoader().Load(TestPaths.Sample(sample)).Unit!;

        var imported = ImportHarness.ImportNew(ImportHarness.Export(unit, _directory.Path));

        Assert.Equal(TableFigures.Of(unit), TableFigures.Of(imported));
    }

    [Fact]
    public void Generated_units_come_back_with_the_same_figures()
    {
        var count = 0;
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var unit = ImportHarness.LoadYaml(GeneratedUnits.Yaml(seed));
            var folder = Path.Combine(_directory.Path, seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);

            var imported = ImportHarness.ImportNew(ImportHarness.Export(unit, folder));

            Assert.Equal(TableFigures.Of(unit), TableFigures.Of(imported));
            Interlocked.Increment(ref count);
        }, iter: 200, threads: 1);

        Assert.True(count >= 200);
    }
}
