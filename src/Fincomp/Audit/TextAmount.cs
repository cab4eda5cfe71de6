namespace Fincomp.Audit;

/// <summary>
/// An amount the text prints ("收入合计837.44万元"): what it measures (the subject before it, normalised; the 科目 code
/// when the subject is a 科目 label), the number, where it is, and the amount that heads its list (the total before
/// "其中" or "主要用于"), which is the whole its share is taken of.
/// </summary>
public sealed record TextAmount(int Block, int Start, int End, string Subject, PrintedNumber Number)
{
    /// <summary>The 7-digit 科目 code of a label such as "一般公共服务支出（201）…（03）…（01）".</summary>
    public string? Code { get; init; }

    /// <summary>An amount of change (after 增加/减少), which measures a difference rather than a quantity.</summary>
    public bool IsChange { get; init; }

    /// <summary>The total this amount is listed under, if it is an item of a list.</summary>
    public TextAmount? Lead { get; init; }

    /// <summary>The subject named before "中，" at the start of the paragraph, whose amount heads the list (三公 part list).</summary>
    public string? LeadName { get; init; }
}
