namespace Fincomp.Tables;

/// <summary>The 说明 printed under a table the unit had no data for, worded as published disclosures word it.</summary>
internal static class EmptyNote
{
    public static string For(string unitName, string subject) => $"说明：{unitName}本年度没有{subject}，故本表无数据。";
}
