using Fincomp.Authoring;
using Fincomp.Model;

namespace Fincomp.Import;

/// <summary>How each kind of imported list item is written in, and matched against, a unit file.</summary>
internal static class FigureItems
{
    public static FigureListItem Line(ImportedLine line)
    {
        var fund = YamlScalars.Option(line.Fund);
        (string, string)[] identity = line.Fund == Fund.GeneralBudget
            ? [("code", YamlScalars.Code(line.Code))]
            : [("code", YamlScalars.Code(line.Code)), ("fund", fund)];
        return new FigureListItem(identity, [], [("actual", line.Actual, false), ("basic", line.Basic, true), ("project", line.Project, true),
            ("remittance_to_superior", line.RemittanceToSuperior, true), ("operating", line.Operating, true), ("subsidy_to_affiliates", line.SubsidyToAffiliates, true)])
        {
            Matches = read => read("code") == line.Code && (read("fund") ?? YamlScalars.Option(Fund.GeneralBudget)) == fund,
            Follows = read => read("code") == line.Code,
        };
    }

    public static FigureListItem Total(ImportedTotal total) =>
        new([("code", YamlScalars.Code(total.Code))], [("name", YamlScalars.Text(total.Name))], [("actual", total.Actual, false)])
        {
            IsRedundant = total.Actual.IsRedundantTotal,
            Matches = read => read("code") == total.Code,
        };

    public static FigureListItem Item(ImportedItem item) =>
        new([("code", YamlScalars.Code(item.Code))], [("name", YamlScalars.Text(item.Name))], [("amount", item.Amount, false)])
        {
            Matches = read => read("code") == item.Code,
        };

    public static FigureListItem Income(ImportedIncome income) =>
        new(
            [("code", YamlScalars.Code(income.Code))],
            [],
            // A source the file does not name prints as 0 (only total is required): a 0 from the table adds no key.
            [.. income.Columns.Select((amount, i) => (ImportedIncome.Keys[i], amount, i >= 1))])
        {
            Matches = read => read("code") == income.Code,
        };
}
