using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Fincomp.Model;

namespace Fincomp.Input;

/// <summary>
/// The JSON Schema (draft-07) of the unit format, generated from the same model the loader binds to, so an editor
/// validates exactly what fincomp accepts.
/// </summary>
public static class UnitSchema
{
    public static string Json()
    {
        var types = ModelTypes.Reachable(typeof(UnitYear));
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            writer.WriteString("title", "fincomp 单位文件（一个单位一个年度的决算数据）");
            WriteObjectBody(writer, BindableType.For(typeof(UnitYear)));
            writer.WriteStartObject("definitions");
            foreach (var type in types.Where(t => t != typeof(UnitYear)))
            {
                writer.WriteStartObject(type.Name);
                WriteObjectBody(writer, BindableType.For(type));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteObjectBody(Utf8JsonWriter writer, BindableType meta)
    {
        writer.WriteString("type", "object");
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteStartObject("properties");
        foreach (var property in meta.Properties)
        {
            writer.WriteStartObject(property.Key);
            if (property.Description is { } description)
            {
                writer.WriteString("description", description);
            }

            if (property.Key == CodeKey && property.ValueType == typeof(string))
            {
                WriteCode(writer);
            }
            else
            {
                WriteType(writer, property.ValueType, property.AcceptsNull, property.AllowsNegative);
            }

            if (meta.Type == typeof(UnitIdentity) && property.Key == YearKey)
            {
                // The loader refuses other years (FC0110): the editor says so as the clerk types.
                writer.WriteNumber("minimum", UnitLoader.FirstYear);
                writer.WriteNumber("maximum", UnitLoader.LastYear);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        var required = meta.Properties.Where(p => p.IsRequired).ToList();
        if (required.Count > 0)
        {
            writer.WriteStartArray("required");
            foreach (var property in required)
            {
                writer.WriteStringValue(property.Key);
            }

            writer.WriteEndArray();
        }
    }

    private const string CodeKey = "code";
    private const string YearKey = "year";

    /// <summary>
    /// A 科目 code: 3, 5 or 7 digits (类, 款, 项). The loader reads the scalar as text, so an unquoted code (code: 2010301,
    /// a YAML integer to an editor) is accepted like a quoted one; the schema accepts both, with the same digits.
    /// </summary>
    private static void WriteCode(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("anyOf");
        writer.WriteStartObject();
        writer.WriteString("type", "string");
        writer.WriteString("pattern", "^[0-9]{3}([0-9]{2}){0,2}$");
        writer.WriteEndObject();
        foreach (var (low, high) in new[] { (100, 999), (10000, 99999), (1000000, 9999999) })
        {
            writer.WriteStartObject();
            writer.WriteString("type", "integer");
            writer.WriteNumber("minimum", low);
            writer.WriteNumber("maximum", high);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteType(Utf8JsonWriter writer, Type type, bool nullable, bool allowsNegative)
    {
        if (typeof(ModelNode).IsAssignableFrom(type))
        {
            if (nullable)
            {
                writer.WriteStartArray("anyOf");
                writer.WriteStartObject();
                writer.WriteString("$ref", $"#/definitions/{type.Name}");
                writer.WriteEndObject();
                writer.WriteStartObject();
                writer.WriteString("type", "null");
                writer.WriteEndObject();
                writer.WriteEndArray();
            }
            else
            {
                writer.WriteString("$ref", $"#/definitions/{type.Name}");
            }

            return;
        }

        if (type.IsEnum)
        {
            writer.WriteStartArray("enum");
            foreach (var word in EnumWords.For(type).Keys.Order(StringComparer.Ordinal))
            {
                writer.WriteStringValue(word);
            }

            writer.WriteEndArray();
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            writer.WriteString("type", "array");
            writer.WriteStartObject("items");
            WriteType(writer, type.GetGenericArguments()[0], nullable: false, allowsNegative: false);
            writer.WriteEndObject();
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            writer.WriteString("type", "object");
            writer.WriteStartObject("additionalProperties");
            WriteType(writer, type.GetGenericArguments()[1], nullable: false, allowsNegative: false);
            writer.WriteEndObject();
            return;
        }

        var (jsonType, minimum) = ModelTypes.ScalarKind(type, allowsNegative);
        if (nullable)
        {
            writer.WriteStartArray("type");
            writer.WriteStringValue(jsonType);
            writer.WriteStringValue("null");
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteString("type", jsonType);
        }

        if (minimum)
        {
            writer.WriteNumber("minimum", 0);
        }
    }
}
