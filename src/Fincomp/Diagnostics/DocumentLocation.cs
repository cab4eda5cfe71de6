namespace Fincomp.Diagnostics;

/// <summary>
/// Where a finding stands in a finished Word or PDF report, field by field, for scripts (JSON, SARIF) that should not
/// parse <see cref="SourceSpan.Place"/>; each field is null when the document does not tell it. <see cref="Text"/> is
/// the one wording every output format prints.
/// </summary>
public sealed record DocumentLocation
{
    /// <summary>The page of the PDF file (1-based, counting every page from the cover), when the document is a PDF.</summary>
    public int? Page { get; init; }

    /// <summary>The number the page prints in its footer or header ("— 20 —"), which a reader turns to; null when none.</summary>
    public int? PrintedPage { get; init; }

    /// <summary>The 1-based paragraph of a Word document, headings counted, tables not.</summary>
    public int? Paragraph { get; init; }

    /// <summary>The title of the table the place is in.</summary>
    public string? Table { get; init; }

    /// <summary>The 1-based count of the table among the document's tables, by which a table without a title is named.</summary>
    public int? TableNumber { get; init; }

    /// <summary>The 1-based table row.</summary>
    public int? Row { get; init; }

    /// <summary>The 1-based table column, counted as a reader sees it: a merged cell takes the columns it spans, a grid column too narrow to see takes none.</summary>
    public int? Column { get; init; }

    /// <summary>
    /// The words the row is found by (its first cell that is not a figure, "一般公共服务支出"), given for a PDF, where a
    /// table printed over several pages has rows a reader cannot count on the page.
    /// </summary>
    public string? RowLabel { get; init; }

    /// <summary>The heading printed over the column ("决算数"), given for a PDF with <see cref="RowLabel"/>.</summary>
    public string? ColumnHeader { get; init; }

    /// <summary>The text quoted, character for character as the document prints it, so a search in Word or a PDF reader finds it.</summary>
    public string Quote { get; init; } = string.Empty;

    /// <summary>
    /// "第12段", "表“收入决算表”第3行第2列", "第20页（PDF第22页）" or "第20页（PDF第22页），表“收入决算表”": the printed page
    /// number first, since that is the one a reader follows; the file's page alone when the page prints no number or
    /// the same one.
    /// </summary>
    public string Text => Describe(numbered: false);

    /// <summary>
    /// <see cref="Text"/> with the table named by its count as well as its title ("第3张表“收入决算表”第7行第3列"): a
    /// script that looks tables up by position, or a document whose titles repeat, needs both. Null outside a table.
    /// </summary>
    public string? NumberedText => Table is not null && TableNumber is not null ? Describe(numbered: true) : null;

    private string Describe(bool numbered)
    {
        var parts = new List<string>(2);
        if (Page is { } page)
        {
            parts.Add(PrintedPage is { } printed && printed != page ? $"第{printed}页（PDF第{page}页）" : $"第{page}页");
        }
        else if (Paragraph is { } paragraph && Table is null)
        {
            parts.Add($"第{paragraph}段");
        }

        if (Table is { } title)
        {
            // A table printed without a title is named by its place among the tables, never by an empty "表“”".
            var table = numbered && TableNumber is { } count ? $"第{count}张表" + (title.Length > 0 ? $"“{title}”" : "（无表题）")
                : title.Length > 0 ? $"表“{title}”" : TableNumber is { } number ? $"第{number}张表（无表题）" : "无表题的表";
            parts.Add(Row is { } row ? $"{table}第{row}行第{Column}列{Labels()}" : table);
        }

        return string.Join("，", parts);
    }

    /// <summary>"（“一般公共服务支出”行，“决算数”列）", or empty when neither is known.</summary>
    private string Labels()
    {
        var labels = new List<string>(2);
        if (RowLabel is { } label)
        {
            labels.Add($"“{label}”行");
        }

        if (ColumnHeader is { } header)
        {
            labels.Add($"“{header}”列");
        }

        return labels.Count == 0 ? string.Empty : $"（{string.Join("，", labels)}）";
    }
}
