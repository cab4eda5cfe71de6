using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Import;

/// <summary>
/// Imports the nine 公开表 of one workbook: finds each table by title or sheet name, reads it through its header,
/// and gathers the figures. Problems are reported at their sheet and cell; the caller writes nothing when there is an
/// error. Several workbooks are independent, so a caller may import them in parallel.
/// </summary>
internal static class WorkbookImporter
{
    public static ImportedFigures? Import(string path, DiagnosticBag diagnostics)
    {
        var sheets = WorkbookReader.Read(path, diagnostics);
        return sheets is null ? null : Import(path, sheets, diagnostics);
    }

    public static ImportedFigures Import(string file, IReadOnlyList<Sheet> sheets, DiagnosticBag diagnostics)
    {
        var layouts = new Dictionary<TableKind, TableLayout>();
        var empty = new Dictionary<TableKind, Sheet>();
        var converted = new List<(Sheet Sheet, Diagnostic Notice)>();
        foreach (var sheet in sheets)
        {
            if (TableTitles.Recognise(sheet) is not { } found)
            {
                continue;
            }

            var (kind, titleRow) = found;
            var other = layouts.TryGetValue(kind, out var first) ? first.Sheet : empty.GetValueOrDefault(kind);
            if (other is not null)
            {
                diagnostics.Error(ImportCodes.DuplicateTable, SourceSpan.At(file, sheet.Name + "!A1"), $"{TableTitles.TitleOf(kind)}出现了两次（另一张在工作表“{other.Name}”）。");
                continue;
            }

            ReportUncomputed(file, sheet, kind, diagnostics);
            if (EmptyTable.Says(sheet, titleRow))
            {
                empty[kind] = sheet;
                continue;
            }

            if (TableLayout.Of(sheet, kind, titleRow) is not { } layout)
            {
                diagnostics.Error(ImportCodes.UnrecognisedHeader, SourceSpan.At(file, sheet.Name + "!A1"), $"工作表“{sheet.Name}”（{TableTitles.TitleOf(kind)}）中找不到表头行（项目、科目编码等）。");
                continue;
            }

            layouts[kind] = layout;
            var title = SourceSpan.At(file, sheet.Place(Math.Max(titleRow, 0), 0));
            if (layout.Divisor != 1m)
            {
                converted.Add((sheet, new Diagnostic(ImportCodes.ConvertedFromYuan, Severity.Info, $"{TableTitles.TitleOf(kind)}以元为单位，金额已除以 10000 换算为万元。", title)));
            }
            else if (!layout.HasUnitLine)
            {
                diagnostics.Add(new Diagnostic(ImportCodes.NoUnitLine, Severity.Info, $"{TableTitles.TitleOf(kind)}没有写明金额单位，按万元导入。", title));
            }
        }

        foreach (var (kind, title) in TableTitles.All.Where(t => !layouts.ContainsKey(t.Kind) && !empty.ContainsKey(t.Kind)))
        {
            diagnostics.Error(ImportCodes.MissingTable, SourceSpan.At(file, "工作簿"), $"工作簿中没有第 {(int)kind} 张公开表“{title}”（按表题或工作表名 公开{(int)kind:00}表 查找）。");
        }

        var figures = new FigureCollector();
        var readers = new Dictionary<TableKind, TableReader>();
        foreach (var (kind, layout) in layouts.OrderBy(l => l.Key))
        {
            var reader = readers[kind] = new TableReader(file, layout, diagnostics);
            switch (kind)
            {
                case TableKind.IncomeExpenditureSummary: SummarySheet.Read(reader, figures); break;
                case TableKind.Income: FunctionalSheets.ReadIncome(reader, figures); break;
                case TableKind.Expenditure: FunctionalSheets.ReadExpenditure(reader, figures); break;
                case TableKind.FiscalSummary: FiscalSummarySheet.Read(reader, figures); break;
                case TableKind.GeneralBudgetExpenditure: FunctionalSheets.ReadGeneralBudget(reader, figures); break;
                case TableKind.BasicExpenditure: BasicExpenditureSheet.Read(reader, figures); break;
                case TableKind.ThreePublic: ThreePublicSheet.Read(reader, figures); break;
                case TableKind.GovernmentFund: FunctionalSheets.ReadFund(reader, figures, Fund.GovernmentFund); break;
                case TableKind.StateCapital: FunctionalSheets.ReadFund(reader, figures, Fund.StateCapital); break;
            }

            reader.ReadUnreadAmounts();
        }

        // A wrong unit makes every 科目 of the table disagree; it is reported once, as the unit.
        if (!TableScales.Check(readers, diagnostics))
        {
            FiscalShareCheck.Check(figures, diagnostics);
        }

        // "Converted from 元" would contradict a finding that the table's unit line is wrong.
        var misread = diagnostics.Items.Where(d => d.Code == ImportCodes.ImplausibleUnit).Select(d => d.Span.Place ?? string.Empty).ToList();
        foreach (var (sheet, notice) in converted.Where(c => !misread.Any(p => p.StartsWith(c.Sheet.Name + "!", StringComparison.Ordinal))))
        {
            diagnostics.Add(notice);
        }

        SplitOpeningBalance(figures);
        var ordered = layouts.OrderBy(l => l.Key).Select(l => l.Value).ToList();
        return figures.Build(ordered.Select(l => l.UnitName).FirstOrDefault(n => n is not null), ordered.Select(l => l.Year).FirstOrDefault(y => y is not null));
    }

    /// <summary>
    /// Formula cells of a table saved without results read as blank, so an amount would silently go missing. They share
    /// one cause and one remedy (recalculate and save), so a table gets one error, at its first such cell, naming the rest.
    /// </summary>
    private static void ReportUncomputed(string file, Sheet sheet, TableKind kind, DiagnosticBag diagnostics)
    {
        if (sheet.Uncomputed.Count == 0)
        {
            return;
        }

        var first = sheet.Uncomputed[0];
        var formula = first.Formula.Length > 0 ? $"公式“={first.Formula}”" : "公式";
        var others = sheet.Uncomputed.Skip(1).Select(c => IO.CellReference.Of(c.Row + 1, c.Column)).ToList();
        var rest = others.Count == 0 ? string.Empty
            : $"本表另有 {others.Count} 个公式单元格同样没有结果（{string.Join("、", others.Take(5))}{(others.Count > 5 ? "等" : string.Empty)}）。";
        diagnostics.Error(ImportCodes.UncomputedFormula, SourceSpan.At(file, sheet.Place(first.Row, first.Column)),
            $"{TableTitles.TitleOf(kind)}的这个单元格是{formula}，工作簿中没有保存它的计算结果，读不到数（用脚本或某些软件生成的工作簿常这样）：请在 Excel 或 WPS 中打开工作簿、保存后再导入。{rest}");
    }

    /// <summary>Table 4 prints the opening 财政拨款 balance as one sum; tables 8 and 9 give the two funds, 一般公共预算 is the rest.</summary>
    private static void SplitOpeningBalance(FigureCollector figures)
    {
        if (figures.Get(FiscalSummarySheet.OpeningTotal) is not { } total)
        {
            return;
        }

        var funds = (figures.Get("appropriations.opening_balance.government_fund")?.Value ?? 0m)
            + (figures.Get("appropriations.opening_balance.state_capital")?.Value ?? 0m);
        figures.Set("appropriations.opening_balance.general_budget", total with { Value = total.Value - funds });
        figures.Remove(FiscalSummarySheet.OpeningTotal);
    }
}
