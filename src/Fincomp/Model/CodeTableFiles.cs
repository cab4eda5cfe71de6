using System.ComponentModel;

namespace Fincomp.Model;

/// <summary>
/// 编码表扩展: the clerk's own additions to the shipped 科目 tables (a province's 项, a code newer than fincomp), one
/// file per kind in the shipped tables' format. Paths are relative to the file that names them.
/// </summary>
public sealed record CodeTableFiles : ModelNode
{
    [Description("功能分类编码表扩展文件（相对本文件）：制表符分隔的 code、name、meaning 三列，格式同内置科目表")]
    public string? Functional { get; init; }

    [Description("经济分类编码表扩展文件（相对本文件）：制表符分隔的 code、name 两列（或加 meaning 列）")]
    public string? Economic { get; init; }
}
