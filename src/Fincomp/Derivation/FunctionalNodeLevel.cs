namespace Fincomp.Derivation;

/// <summary>The three levels of 功能分类: 类 (3 digits), 款 (5), 项 (7).</summary>
public enum FunctionalNodeLevel
{
    Class,
    Section,
    Item,
}
