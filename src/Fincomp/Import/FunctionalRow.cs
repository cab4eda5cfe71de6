namespace Fincomp.Import;

/// <summary>A data row of a 功能分类 table: its code (null on the 合计 row), its name and where it is.</summary>
internal sealed record FunctionalRow(string? Code, string Name, int Row)
{
    public bool IsTotal => Code is null;

    public bool IsItem => Code is { Length: 7 };
}
