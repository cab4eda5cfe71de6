using Fincomp.Input;
using Fincomp.Model;
using Fincomp.Tests.Support;

namespace Fincomp.Tests.Tables;

/// <summary>The seed unit, loaded once for all table and writer tests.</summary>
internal static class SampleUnit
{
    private static readonly Lazy<UnitYear> Loaded = new(() =>
        new UnitLoader().Load(TestPaths.Sample("dangqun-2023.yaml")).Unit
        ?? throw new InvalidOperationException("The sample does not load."));

    public static UnitYear Value => Loaded.Value;
}
