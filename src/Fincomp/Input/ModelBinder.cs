using System.Collections;
using System.Globalization;
using Fincomp.Diagnostics;
using Fincomp.Model;

namespace Fincomp.Input;

/// <summary>
/// Maps a <see cref="YamlNode"/> tree onto the immutable model records by reflection, one rule for every type, so the
/// format, the schema and the docs cannot drift apart. Every problem becomes a diagnostic with the value's position;
/// a bad value keeps the property's default and binding goes on, so one run reports all problems.
/// </summary>
internal sealed class ModelBinder(DiagnosticBag diagnostics)
{
    /// <summary>Returned for a value that was reported as wrong, so that its owner neither sets it nor reports it missing.</summary>
    private static readonly object Invalid = new();

    public T? Bind<T>(YamlNode root)
        where T : ModelNode
    {
        if (root is not YamlMapping mapping)
        {
            diagnostics.Error(InputCodes.WrongShape, root.Span, $"文件的顶层应为映射（key: value），实际是{root.KindName}。");
            return null;
        }

        return (T)BindObject(mapping, typeof(T), "");
    }

    /// <summary>Binds a mapping; <paramref name="path"/> is its key path (<c>statement.income</c>), for messages.</summary>
    private object BindObject(YamlMapping mapping, Type type, string path)
    {
        var meta = BindableType.For(type);
        var instance = Activator.CreateInstance(type)!;
        var spans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var texts = new Dictionary<string, IReadOnlyList<WrittenText>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, valueNode) in mapping.Entries)
        {
            if (!meta.ByKey.TryGetValue(key.Value, out var property))
            {
                ReportUnknownKey(key, meta);
                continue;
            }

            seen.Add(property.Info.Name);
            var value = BindProperty(valueNode, property, Join(path, property.Key));
            if (!ReferenceEquals(value, Invalid))
            {
                property.Info.SetValue(instance, value);
                spans[property.Info.Name] = valueNode.Span;
                if (WrittenTextsOf(value, valueNode) is { } written)
                {
                    texts[property.Info.Name] = written;
                }
            }
        }

        foreach (var property in meta.Properties.Where(p => p.IsRequired && !seen.Contains(p.Info.Name)))
        {
            diagnostics.Error(InputCodes.MissingKey, mapping.Span, $"缺少必填的键 '{Join(path, property.Key)}'{Label(property)}。");
        }

        var node = (ModelNode)instance;
        return node with { Span = mapping.Span, FieldSpans = spans, WrittenTexts = texts };
    }

    /// <summary>
    /// How a bound text, or each item of a bound list of texts, was written. The items of a list of texts that bound are
    /// exactly its non-null scalars (aliases, nulls and non-scalars are reported and skipped by <see cref="BindList"/>).
    /// </summary>
    private static IReadOnlyList<WrittenText>? WrittenTextsOf(object? value, YamlNode node)
    {
        if (value is string && node is YamlScalar scalar)
        {
            return [new WrittenText(scalar.Span, scalar.Source)];
        }

        if (value is IReadOnlyList<string> list && node is YamlSequence sequence)
        {
            var items = sequence.Items.OfType<YamlScalar>().Where(s => !s.IsNull).Select(s => new WrittenText(s.Span, s.Source)).ToList();
            return items.Count == list.Count ? items : null;
        }

        return null;
    }

    private object? BindProperty(YamlNode node, BindableProperty property, string path) => node switch
    {
        YamlAliasNode => Invalid,
        YamlScalar { IsNull: true } => NullOrInvalid(node, property, path),
        _ => BindValue(node, property.ValueType, path, property.AllowsNegative),
    };

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    /// <summary>
    /// A field's short name for messages: the schema description up to its first comma or example ("单位全称，如 …" →
    /// "（单位全称）"), so the clerk reads what the field is without the whole help text.
    /// </summary>
    private static string Label(BindableProperty property) =>
        property.Description is { Length: > 0 } description
            ? $"（{description.Split(['，', '。', '（', '；', '：'], 2)[0].Trim()}）"
            : "";

    private object? NullOrInvalid(YamlNode node, BindableProperty property, string path)
    {
        if (property.AcceptsNull)
        {
            return null;
        }

        diagnostics.Error(InputCodes.NullValue, node.Span, $"'{path}'{Label(property)} 不能为空。");
        return Invalid;
    }

    private object? BindValue(YamlNode node, Type type, string key, bool allowsNegative)
    {
        if (type == typeof(string))
        {
            return node is not YamlScalar text ? WrongShape(node, key, "文字")
                : TextLimit.Excess(text.Value) is { } length
                    ? Reported(InputCodes.TextTooLong, node, string.Create(CultureInfo.InvariantCulture,
                        $"'{key}' 的文字有 {length:N0} 个字符，超过每段文字 {TextLimit.MaxCharacters:N0} 个字符的上限：请分段写（列表的每一项各算一段），或删去误粘贴的内容。"))
                    : text.Value;
        }

        if (type == typeof(decimal) || type == typeof(Money))
        {
            if (node is not YamlScalar scalar)
            {
                return WrongShape(node, key, "数字");
            }

            if (!ScalarParser.TryParseDecimal(scalar, out var value, out var problem))
            {
                var code = !scalar.IsPlain ? InputCodes.QuotedNumber
                    : problem!.Kind == ScalarProblemKind.OutOfRange ? InputCodes.OutOfRange : InputCodes.NotANumber;
                diagnostics.Error(code, node.Span, $"'{key}'：{problem!.Message}");
                return Invalid;
            }

            if (value < 0 && !allowsNegative)
            {
                diagnostics.Error(InputCodes.Negative, node.Span, $"'{key}' 不能为负数（{value}）。");
                return Invalid;
            }

            return type == typeof(Money) ? new Money(value, node.Span) : value;
        }

        if (type == typeof(int))
        {
            return BindInteger(node, key);
        }

        if (type == typeof(bool))
        {
            return node is YamlScalar { IsPlain: true, Value: "true" or "True" or "TRUE" } ? true
                : node is YamlScalar { IsPlain: true, Value: "false" or "False" or "FALSE" } ? false
                : Reported(InputCodes.NotABoolean, node, $"'{key}' 应为 true 或 false。");
        }

        if (type.IsEnum)
        {
            return BindEnum(node, type, key);
        }

        if (typeof(ModelNode).IsAssignableFrom(type))
        {
            return node is YamlMapping mapping ? BindObject(mapping, type, key) : WrongShape(node, key, "映射（key: value）");
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return BindList(node, type.GetGenericArguments()[0], key);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            return BindDictionary(node, type.GetGenericArguments()[1], key);
        }

        throw new NotSupportedException($"The model uses a type the binder does not know: {type}.");
    }

    private object BindInteger(YamlNode node, string key)
    {
        if (node is not YamlScalar scalar)
        {
            return WrongShape(node, key, "整数");
        }

        if (!ScalarParser.TryParseInteger(scalar, out var value, out var problem))
        {
            var code = !scalar.IsPlain ? InputCodes.QuotedNumber
                : problem!.Kind == ScalarProblemKind.OutOfRange ? InputCodes.OutOfRange : InputCodes.NotAnInteger;
            return Reported(code, node, $"'{key}'：{problem!.Message}");
        }

        return value < 0 ? Reported(InputCodes.Negative, node, $"'{key}' 不能为负数（{value}）。") : value;
    }

    private object BindEnum(YamlNode node, Type type, string key)
    {
        var words = EnumWords.For(type);
        if (node is YamlScalar scalar && words.TryGetValue(scalar.Value.Trim(), out var value))
        {
            return value;
        }

        var allowed = string.Join("、", EnumWords.Labels(type));
        var written = node is YamlScalar s ? $"'{s.Value}'" : node.KindName;
        return Reported(InputCodes.BadEnum, node, $"'{key}' 只能是 {allowed} 之一，实际是 {written}。");
    }

    private object BindList(YamlNode node, Type itemType, string key)
    {
        if (node is not YamlSequence sequence)
        {
            return WrongShape(node, key, "列表");
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        foreach (var item in sequence.Items.Where(i => i is not YamlAliasNode))
        {
            if (item is YamlScalar { IsNull: true })
            {
                diagnostics.Error(InputCodes.NullValue, item.Span, $"'{key}' 的列表项不能为空。");
                continue;
            }

            var value = BindValue(item, itemType, key, allowsNegative: false);
            if (!ReferenceEquals(value, Invalid))
            {
                list.Add(value);
            }
        }

        return list;
    }

    private object BindDictionary(YamlNode node, Type valueType, string key)
    {
        if (node is not YamlMapping mapping)
        {
            return WrongShape(node, key, "映射（key: value）");
        }

        var dictionary = (IDictionary)Activator.CreateInstance(typeof(SortedDictionary<,>).MakeGenericType(typeof(string), valueType), StringComparer.Ordinal)!;
        foreach (var (entryKey, entryValue) in mapping.Entries.Where(e => e.Value is not YamlAliasNode))
        {
            var value = BindValue(entryValue, valueType, $"{key}.{entryKey.Value}", allowsNegative: false);
            if (!ReferenceEquals(value, Invalid))
            {
                dictionary[entryKey.Value] = value;
            }
        }

        return dictionary;
    }

    private object WrongShape(YamlNode node, string key, string expected) =>
        Reported(InputCodes.WrongShape, node, $"'{key}' 应为{expected}，实际是{node.KindName}。");

    private object Reported(string code, YamlNode node, string message)
    {
        diagnostics.Error(code, node.Span, message);
        return Invalid;
    }

    private void ReportUnknownKey(YamlScalar key, BindableType meta)
    {
        var suggestion = KeySuggestion.Closest(key.Value, meta.ByKey.Keys);
        var hint = suggestion is null ? "" : $"你是不是想写 '{suggestion}'？";
        diagnostics.Error(InputCodes.UnknownKey, key.Span, $"不认识的键 '{key.Value}'。{hint}");
    }
}
