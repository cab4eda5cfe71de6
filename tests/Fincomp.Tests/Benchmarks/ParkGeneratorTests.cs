using Fincomp.TestPark;
using Fincomp.Checks;
using Fincomp.Diagnostics;
using Fincomp.Input;
using Fincomp.Tests.Support;
using Xunit;

namespace Fincomp.Tests.Benchmarks;

/// <summary>The benchmark park must be made of units a bureau could publish: every one loads and checks clean.</summary>
public sealed class ParkGeneratorTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "fincomp-park-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Generated_units_load_and_check_without_errors()
    {
        var files = ParkGenerator.From(TestPaths.Sample("park")).Generate(17, _directory);

        Assert.Equal(17, files.Count);
        foreach (var file in files)
        {
            var loaded = new UnitLoader().Load(file);
            Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
            var errors = UnitChecker.Check(loaded.Unit!).Where(d => d.Severity == Severity.Error).ToList();
            Assert.True(errors.Count == 0, file + "\n" + string.Join("\n", errors));
        }
    }

    [Fact]
    public void The_source_with_check_errors_is_not_used()
    {
        var generator = ParkGenerator.From(TestPaths.Sample("park"));

        Assert.DoesNotContain(generator.SourceFiles, f => Path.GetFileName(f) == "dangqun-2023.yaml");
        Assert.NotEmpty(generator.SourceFiles);
    }

    [Fact]
    public void Later_units_scale_the_amounts_of_their_source()
    {
        var generator = ParkGenerator.From(TestPaths.Sample("park"));
        var sources = generator.SourceFiles.Count;
        var files = generator.Generate(sources + 1, _directory);

        var original = new UnitLoader().Load(files[0]).Unit!;
        var scaled = new UnitLoader().Load(files[sources]).Unit!;
        var before = original.Statement.Income.GeneralBudget!.Value.Value;
        var after = scaled.Statement.Income.GeneralBudget!.Value.Value;

        Assert.NotEqual(before, after);
        // Another unit of the park, not a copy of its source (a batch refuses two files of one unit and year).
        Assert.Equal(original.Unit.Name + "（第2组）", scaled.Unit.Name);
        Assert.Equal(original.Profile.Staff?.Total, scaled.Profile.Staff?.Total);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(37)]
    public void A_factor_keeps_every_amount_whole_in_fen(int index)
    {
        decimal[] amounts = [640.00m, 185.60m, 12.40m, 56.30m, 2.10m];
        var factor = ScaleFactor.For(index, amounts);

        Assert.NotEqual(factor.Numerator, factor.Denominator);
        foreach (var amount in amounts)
        {
            var scaled = factor.Apply(amount);
            Assert.Equal(decimal.Round(scaled, 2), scaled);
            Assert.Equal(amount * factor.Numerator, scaled * factor.Denominator);
        }
    }
}
