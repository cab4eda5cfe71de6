using Fincomp.Model;

namespace Fincomp.Derivation;

/// <summary>
/// 政府采购 of record: the total is the printed <c>procurement.total</c> when it agrees with 货物 + 工程 + 服务 within
/// rounding, else their sum. A part the unit did not write is null, not 0, so without a printed total the total is
/// known only when all three parts are written; otherwise it is null and the text does not state it.
/// </summary>
public sealed record ProcurementFigures(decimal? Goods, decimal? Works, decimal? Services, decimal? Total, decimal? SmallAndMedium, decimal? SmallAndMicro)
{
    /// <summary>货物, 工程 and 服务 as the text lists them: the parts the unit wrote, in that order.</summary>
    public IReadOnlyList<NamedAmount> Parts =>
    [
        .. new (string Name, decimal? Amount)[] { ("政府采购货物支出", Goods), ("政府采购工程支出", Works), ("政府采购服务支出", Services) }
            .Where(p => p.Amount is not null)
            .Select(p => new NamedAmount(p.Name, p.Amount!.Value)),
    ];

    /// <summary>The printed 总额 the text could not state beside its parts (<see cref="SetAsideTotal"/>).</summary>
    public IReadOnlyList<SetAsideTotal> SetAside { get; init; } = [];

    /// <summary>The section's figures, or null when the unit wrote none of them.</summary>
    public static ProcurementFigures? From(Procurement procurement)
    {
        ArgumentNullException.ThrowIfNull(procurement);
        Money?[] all = [procurement.Goods, procurement.Works, procurement.Services, procurement.Total, procurement.SmallAndMedium, procurement.SmallAndMicro];
        if (all.All(m => m is null))
        {
            return null;
        }

        var setAside = new List<SetAsideTotal>();
        if (procurement.Total is null && (procurement.Goods is null || procurement.Works is null || procurement.Services is null))
        {
            return new ProcurementFigures(procurement.Goods?.Value, procurement.Works?.Value, procurement.Services?.Value, null,
                procurement.SmallAndMedium?.Value, procurement.SmallAndMicro?.Value);
        }

        var total = FigureOfRecord.Choose(procurement.Total, Summed.Of([procurement.Goods, procurement.Works, procurement.Services]), "政府采购支出总额", setAside,
            [procurement.Goods.OrZero(), procurement.Works.OrZero(), procurement.Services.OrZero()]);
        return new ProcurementFigures(procurement.Goods?.Value, procurement.Works?.Value, procurement.Services?.Value, total.Value,
            procurement.SmallAndMedium?.Value, procurement.SmallAndMicro?.Value)
        {
            SetAside = setAside,
        };
    }
}
