using System.Text.Encodings.Web;
using System.Text.Json;

namespace Fincomp.Batch.Summary;

/// <summary>The roll-up as JSON: an array of objects keyed by the columns' snake_case keys, numbers unrounded.</summary>
internal sealed class JsonSummaryWriter : ISummaryWriter
{
    public void Write(IReadOnlyList<SummaryRow> rows, Stream output)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var writer = new Utf8JsonWriter(output, options);
        writer.WriteStartArray();
        foreach (var row in rows)
        {
            writer.WriteStartObject();
            foreach (var column in SummaryColumn.All)
            {
                writer.WritePropertyName(column.Key);
                switch (column.Value(row))
                {
                    case null:
                        writer.WriteNullValue();
                        break;
                    case decimal number:
                        writer.WriteNumberValue(number);
                        break;
                    case int number:
                        writer.WriteNumberValue(number);
                        break;
                    case var other:
                        writer.WriteStringValue(other.ToString());
                        break;
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
