namespace Fincomp.Import;

/// <summary>
/// Table 7, "三公"经费支出决算表, printed either vertically (one row per part, 预算数 and 决算数 as columns, as
/// fincomp prints it) or horizontally (one row each for 预算数 and 决算数, the parts as columns, as many exports do).
/// 合计 and the 公务用车 小计 are printed totals; a single 公务接待费 is taken as 国内公务接待费 (with a notice).
/// </summary>
internal static class ThreePublicSheet
{
    private static readonly string[] Kinds = ["budget", "actual"];

    public static void Read(TableReader reader, FigureCollector figures)
    {
        var layout = reader.Layout;
        var budget = layout.Columns(l => l.Split('/')[^1].Contains("预算", StringComparison.Ordinal));
        var actual = layout.Columns(l => l.Split('/')[^1].Contains("决算", StringComparison.Ordinal));
        var found = new List<(string Kind, string Part, ImportedAmount Amount, int Row, int Column)>();
        if (budget.Count > 1 && budget.Count == actual.Count)
        {
            // Shanghai's across layout: each part heads a 预算数/决算数 pair, the amounts fill the rows below.
            foreach (var row in layout.DataRows)
            {
                foreach (var column in budget.Concat(actual))
                {
                    if ((PartOf(layout, column) ?? PartOf(layout, column - 1)) is { } part)
                    {
                        Add(found, reader, budget.Contains(column) ? "budget" : "actual", part, row, column);
                    }
                }
            }
        }
        else if (budget.Count > 0 && actual.Count > 0)
        {
            foreach (var row in layout.DataRows)
            {
                var part = Enumerable.Range(0, budget[0]).Select(c => RowLabels.Clean(reader.Text(row, c))).LastOrDefault(t => t.Length > 0);
                if (part is null)
                {
                    continue;
                }

                Add(found, reader, "budget", part, row, budget[0]);
                Add(found, reader, "actual", part, row, actual[0]);
            }
        }
        else
        {
            foreach (var row in layout.DataRows)
            {
                var kind = Enumerable.Range(0, Math.Min(2, layout.Sheet.ColumnCount)).Select(c => reader.Text(row, c)).FirstOrDefault(t => t.Contains("预算", StringComparison.Ordinal) || t.Contains("决算", StringComparison.Ordinal));
                if (kind is null)
                {
                    continue;
                }

                for (var column = 0; column < layout.Labels.Count; column++)
                {
                    var part = RowLabels.Clean(layout.Leaf(column));
                    if (part.Length > 0 && Path(part) is not null)
                    {
                        Add(found, reader, kind.Contains("预算", StringComparison.Ordinal) ? "budget" : "actual", part, row, column);
                    }
                }
            }
        }

        if (found.Count == 0)
        {
            reader.Column("预算数、决算数", _ => false);
            return;
        }

        // One notice for the table, at the first non-zero single 公务接待费: budget and actual share the one problem.
        var unsplit = Kinds
            .Select(kind => Store(figures, kind, found.Where(f => f.Kind == kind).ToList()))
            .OfType<(int Row, int Column)>()
            .ToList();
        if (unsplit.Count > 0)
        {
            reader.Diagnostics.Add(new Diagnostics.Diagnostic(ImportCodes.ReceptionUnsplit, Diagnostics.Severity.Info,
                "表中公务接待费只有一个数，已作为国内公务接待费导入；有外事接待的，请在单位文件中拆分 domestic_reception 与 foreign_reception。",
                reader.Span(unsplit[0].Row, unsplit[0].Column)));
        }
    }

    private static void Add(List<(string, string, ImportedAmount, int, int)> found, TableReader reader, string kind, string part, int row, int column)
    {
        if (Path(part) is not null && reader.Amount(row, column) is { } amount)
        {
            found.Add((kind, part, amount, row, column));
        }
    }

    /// <summary>Stores one kind's parts; returns the cell of a single non-zero 公务接待费 taken as 国内, if any.</summary>
    private static (int Row, int Column)? Store(FigureCollector figures, string kind, List<(string Kind, string Part, ImportedAmount Amount, int Row, int Column)> parts)
    {
        (int Row, int Column)? unsplit = null;
        var prefix = $"three_public.{kind}.";
        var byKey = parts.GroupBy(p => Path(p.Part)!).ToDictionary(g => g.Key, g => g.First());
        decimal Value(string key) => byKey.TryGetValue(key, out var p) ? p.Amount.Value : 0m;
        foreach (var key in new[] { "overseas", "vehicle_purchase", "vehicle_operation", "domestic_reception", "foreign_reception" })
        {
            if (byKey.TryGetValue(key, out var part))
            {
                figures.Set(prefix + key, part.Amount);
            }
        }

        if (byKey.TryGetValue("reception", out var reception))
        {
            if (byKey.ContainsKey("domestic_reception") || byKey.ContainsKey("foreign_reception"))
            {
                figures.Set(prefix + "reception_total", reception.Amount with { PartsSum = Value("domestic_reception") + Value("foreign_reception") });
            }
            else
            {
                figures.Set(prefix + "domestic_reception", reception.Amount);
                figures.Set(prefix + "foreign_reception", reception.Amount with { Value = 0m });
                if (reception.Amount.Value != 0m)
                {
                    unsplit = (reception.Row, reception.Column);
                }
            }
        }

        var vehicles = Value("vehicle_purchase") + Value("vehicle_operation");
        if (byKey.TryGetValue("vehicle_total", out var vehicleTotal))
        {
            figures.Set(prefix + "vehicle_total", vehicleTotal.Amount with { PartsSum = vehicles });
        }

        if (byKey.TryGetValue("total", out var total))
        {
            var receptions = byKey.ContainsKey("reception") && !byKey.ContainsKey("domestic_reception") ? Value("reception") : Value("domestic_reception") + Value("foreign_reception");
            figures.Set(prefix + "total", total.Amount with { PartsSum = Value("overseas") + vehicles + receptions });
        }

        return unsplit;
    }

    /// <summary>
    /// The innermost part named above a 预算数/决算数 column: in its header levels, then in the rows above the header,
    /// where the part names stand when only the 预算数/决算数 row holds header words. An unmerged pair names its part
    /// over the 预算数 column only, so callers try the column to the left as well.
    /// </summary>
    private static string? PartOf(TableLayout layout, int column)
    {
        if (column < 0)
        {
            return null;
        }

        var above = Enumerable.Range(0, layout.HeaderStart).Reverse().Select(r => layout.Sheet.MergedText(r, column));
        return layout.Labels[column].Split('/')[..^1].Reverse().Concat(above)
            .Select(RowLabels.Clean)
            .FirstOrDefault(l => Path(l) is not null);
    }

    /// <summary>The key a row or column label stands for; null for labels that are no part (团组数, 车辆数 …).</summary>
    private static string? Path(string part) => part switch
    {
        "合计" or "三公经费合计" => "total",
        "小计" or "公务用车购置及运行维护费" => "vehicle_total",
        _ when part.Contains("出国", StringComparison.Ordinal) && part.EndsWith('费') => "overseas",
        _ when part.Contains("购置费", StringComparison.Ordinal) && !part.Contains("运行", StringComparison.Ordinal) => "vehicle_purchase",
        _ when part.Contains("运行维护费", StringComparison.Ordinal) && !part.Contains("购置", StringComparison.Ordinal) => "vehicle_operation",
        _ when part.Contains("外事接待", StringComparison.Ordinal) => "foreign_reception",
        _ when part.Contains("国内", StringComparison.Ordinal) && part.Contains("接待", StringComparison.Ordinal) => "domestic_reception",
        _ when part.Contains("接待费", StringComparison.Ordinal) => "reception",
        _ => null,
    };
}
