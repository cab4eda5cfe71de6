using Fincomp.Charts;
using Xunit;

namespace Fincomp.Tests.Charts;

/// <summary>Neighbouring pie slices never share a fill, even round the circle from the last slice back to the first.</summary>
public sealed class ChartPaletteTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(12)]
    public void No_two_neighbouring_slices_look_alike(int slices)
    {
        for (var i = 0; i < slices; i++)
        {
            var next = (i + 1) % slices;
            Assert.NotEqual(Describe(i), Describe(next));
        }
    }

    private static string Describe(int index)
    {
        var fill = ChartPalette.SliceFill(index);
        return $"{fill.Color.ToHex()} {fill.Hatch?.GetType().Name}";
    }
}
