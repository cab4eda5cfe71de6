using System.Text.Encodings.Web;
using System.Text.Json;

namespace Fincomp.Cli.Output;

/// <summary>The one JSON setting of the CLI: indented, and Chinese left readable instead of \u-escaped.</summary>
internal static class JsonOptions
{
    public static readonly JsonWriterOptions Writer = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
