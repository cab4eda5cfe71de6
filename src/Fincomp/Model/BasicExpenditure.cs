using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>
/// 一般公共预算财政拨款基本支出 by economic classification. 人员经费 is 301 + 303 and 公用经费 is 302 + 310; the two
/// subtotals are stated because published reports state them, and the checker holds them against the items.
/// </summary>
public sealed record BasicExpenditure : ModelNode
{
    [Description("人员经费（万元）")]
    public Money? Personnel { get; init; }

    [Description("公用经费（万元）")]
    public Money? Public { get; init; }

    [Description("经济分类款级明细")]
    public IReadOnlyList<EconomicItem> Items { get; init; } = [];
}
