using System.ComponentModel;
using Fincomp.Model;

namespace Fincomp.Batch;

/// <summary>
/// fincomp.yaml in a folder of units: what a bureau configures once for all its units — templates, reference
/// document, chart font, where and under which name reports are written, and default settings and rule decisions.
/// A unit's own settings and rule decisions win over these.
/// </summary>
public sealed record BatchManifest : ModelNode
{
    [Description("模板文件夹（相对本文件），按文件名覆盖默认模板")]
    public string? Templates { get; init; }

    [Description("Word 参考文档（相对本文件），提供字体、字号与页边距")]
    public string? ReferenceDoc { get; init; }

    [Description("图表字体文件（相对本文件）")]
    public string? ChartFont { get; init; }

    [Description("输出文件夹（相对本文件）；命令行 -o 优先")]
    public string? Output { get; init; }

    [Description("输出文件名模式：{file} 输入文件名（不含扩展名）、{year} 年度、{short_name} 单位简称；缺省 {file}")]
    public string OutputName { get; init; } = "{file}";

    [Description("各单位缺省的报告与核对设置")]
    public ReportSettings? Settings { get; init; }

    [Description("各单位共用的编码表扩展（相对本文件）；单位文件的 code_tables 在其后合并，同一编码以单位文件为准")]
    public CodeTableFiles? CodeTables { get; init; }

    [Description("各单位缺省的规则调整")]
    public IReadOnlyDictionary<string, RuleOverride> Checks { get; init; } = new Dictionary<string, RuleOverride>();
}
