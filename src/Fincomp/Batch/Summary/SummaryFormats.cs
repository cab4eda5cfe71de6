namespace Fincomp.Batch.Summary;

/// <summary>Chooses the roll-up writer from the file name the user gave to --summary.</summary>
public static class SummaryFormats
{
    public static ISummaryWriter? ForPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".xlsx" => new XlsxSummaryWriter(),
        ".csv" => new CsvSummaryWriter(),
        ".json" => new JsonSummaryWriter(),
        _ => null,
    };
}
