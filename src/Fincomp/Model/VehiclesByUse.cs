using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>Vehicles held at year end, by use, as 国有资产占有使用情况 reports them.</summary>
public sealed record VehiclesByUse : ModelNode
{
    [Description("部级领导干部用车")]
    public int Ministerial { get; init; }

    [Description("主要领导干部用车")]
    public int Leaders { get; init; }

    [Description("机要通信用车")]
    public int Confidential { get; init; }

    [Description("应急保障用车")]
    public int Emergency { get; init; }

    [Description("执法执勤用车")]
    public int LawEnforcement { get; init; }

    [Description("特种专业技术用车")]
    public int SpecialPurpose { get; init; }

    [Description("离退休干部用车")]
    public int Retired { get; init; }

    [Description("其他用车")]
    public int Other { get; init; }

    /// <summary>Derived total, so the text's 共有车辆N辆 cannot disagree with its parts.</summary>
    public int Total => Ministerial + Leaders + Confidential + Emergency + LawEnforcement + SpecialPurpose + Retired + Other;
}
