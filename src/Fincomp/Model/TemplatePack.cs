namespace Fincomp.Model;

/// <summary>
/// The built-in template packs: a province's part order, headings, fixed sentences and notes. A bureau's own folder
/// (<c>--templates</c>) replaces a pack's templates by file name.
/// </summary>
public enum TemplatePack
{
    /// <summary>四川 单位（部门）决算公开: the layout of the published seed, the default.</summary>
    [EnumLabel("sichuan")] Sichuan,

    /// <summary>上海市 部门决算 (the 2024 municipal template): tables before the 情况说明, 年初预算 comparisons.</summary>
    [EnumLabel("shanghai")] Shanghai,
}
