using System.Text;
using Fincomp.Model;

namespace Fincomp.Input;

/// <summary>The key-by-key reference of the unit format (docs/format.md's generated part), from the model itself.</summary>
internal static class FormatReference
{
    public static string Markdown()
    {
        var builder = new StringBuilder();
        foreach (var type in ModelTypes.Reachable(typeof(UnitYear)))
        {
            builder.Append("### ").Append(type.Name).Append('\n').Append('\n');
            builder.Append("| 键 | 类型 | 必填 | 说明 |\n|---|---|---|---|\n");
            foreach (var property in BindableType.For(type).Properties)
            {
                builder.Append("| `").Append(property.Key).Append("` | ")
                    .Append(ModelTypes.Describe(property.ValueType)).Append(" | ")
                    .Append(property.IsRequired ? "是" : "").Append(" | ")
                    .Append((property.Description ?? "").Replace("|", "\\|")).Append(" |\n");
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }
}
