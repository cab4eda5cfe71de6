namespace Fincomp.Document;

/// <summary>What a paragraph is, which decides its formatting.</summary>
public enum ParagraphStyle
{
    /// <summary>Body text: 仿宋_GB2312 3号 with a two-character first-line indent.</summary>
    Body,

    /// <summary>（注：数据来源于…） notes and 说明 under tables: smaller.</summary>
    Note,

    /// <summary>A figure or table caption: centred.</summary>
    Caption,

    /// <summary>Centred text without indent (a report's issuer line, a sub-title).</summary>
    Centered,

    /// <summary>Right-aligned text (单位：万元 above a table).</summary>
    Right,

    /// <summary>A line of the cover under the title (编制单位、编制日期): centred, below the title.</summary>
    Cover,
}
