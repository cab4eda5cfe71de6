using Fincomp.Input;
using Fincomp.Model;
using Fincomp.Tests.Support;

namespace Fincomp.Tests.Charts;

/// <summary>The sample unit, loaded once, and variations of it for the figures the sample does not have.</summary>
internal static class ChartSamples
{
    private static readonly Lazy<UnitYear> DangqunUnit = new(() =>
        new UnitLoader().Load(TestPaths.Sample("dangqun-2023.yaml")).Unit
        ?? throw new InvalidOperationException("The sample does not load."));

    public static UnitYear Dangqun => DangqunUnit.Value;

    /// <summary>The sample with 三公 spending: 出国 1.2, 用车运行 3.5, 国内接待 0.3 万元.</summary>
    public static UnitYear WithThreePublic() => Dangqun with
    {
        ThreePublic = Dangqun.ThreePublic with
        {
            Actual = new ThreePublicAmounts
            {
                // Every part given (a part not written is not 0, and a 合计 without it has no pie).
                Overseas = Amount(1.2m),
                VehiclePurchase = Amount(0m),
                VehicleOperation = Amount(3.5m),
                DomesticReception = Amount(0.3m),
                ForeignReception = Amount(0m),
            },
        },
    };

    public static Money Amount(decimal value) => new(value, default);
}
