namespace Fincomp.Model;

/// <summary>The legal kind of a budget unit; it decides, for instance, whether 机关运行经费 must equal 公用经费.</summary>
public enum UnitKind
{
    [EnumLabel("行政单位")] Administrative,
    [EnumLabel("事业单位")] Institution,
    [EnumLabel("参照公务员法管理")] CivilServantManaged,
}
