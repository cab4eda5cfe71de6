using Fincomp.Model;

namespace Fincomp.Checks.Rules;

/// <summary>
/// Where a template pack puts the sections that FC1002/FC1003 messages point to, as its headings number them: the
/// 情况说明 is 第二部分 in the Sichuan pack and 第三部分 in the Shanghai pack (tables come before it there), whose
/// 其他重要事项 are 十一 rather than 十 and whose 预算绩效管理 is a section of its own (十).
/// </summary>
internal sealed record ReportParts(
    string BySubject,
    string Basic,
    string ThreePublic,
    string OperatingCosts,
    string Procurement,
    string Assets,
    string Performance)
{
    private static readonly ReportParts SichuanParts = new(
        "第二部分四至六", "第二部分六", "第二部分七", "第二部分十（一）", "第二部分十（二）", "第二部分十（三）", "第二部分十（四）");

    private static readonly ReportParts ShanghaiParts = new(
        "第三部分五、六", "第三部分六", "第三部分七", "第三部分十一（一）", "第三部分十一（二）", "第三部分十一（三）", "第三部分十");

    public static ReportParts Of(TemplatePack pack) => pack == TemplatePack.Shanghai ? ShanghaiParts : SichuanParts;
}
