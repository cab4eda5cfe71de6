using System.Text.RegularExpressions;
using Fincomp.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Fincomp.Input;

/// <summary>
/// Turns YAML text into a <see cref="YamlNode"/> tree without recursion, so that hostile nesting cannot overflow
/// the stack. Anchors and aliases, duplicate keys, complex keys, extra documents and excessive depth are reported
/// as diagnostics; a syntax error ends the read because nothing after it can be trusted.
/// </summary>
internal static partial class YamlTreeReader
{
    /// <summary>Far deeper than any unit file needs (about 8), far shallower than what could hurt.</summary>
    public const int MaxDepth = 64;

    private const string StrTag = "tag:yaml.org,2002:str";

    public static YamlNode? Read(string text, string file, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Frame>();
        YamlNode? root = null;
        var documents = 0;
        var last = SourceSpan.StartOf(file);
        // Each collection still open, innermost last: an inline ([ ] or { }) one left open is named when the parser gives up.
        var open = new List<(bool Flow, bool Sequence, SourceSpan Span)>();
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                var span = new SourceSpan(file, (int)current.Start.Line, (int)current.Start.Column);
                last = span;
                TrackOpen(open, current, span);
                switch (current)
                {
                    case DocumentStart:
                        documents++;
                        if (documents > 1)
                        {
                            diagnostics.Error(InputCodes.MultipleDocuments, span, "一个单位文件只能包含一个 YAML 文档（去掉多余的 ---）。");
                            return root;
                        }

                        break;
                    case AnchorAlias alias:
                        diagnostics.Error(InputCodes.AnchorOrAlias, span, $"不支持别名 *{alias.Value}：请把内容直接写出来。");
                        Attach(stack, new YamlAliasNode(span), diagnostics, ref root);
                        break;
                    case Scalar scalar:
                        ReportAnchor(scalar, span, diagnostics);
                        var isPlain = scalar.Style == ScalarStyle.Plain && (scalar.Tag.IsEmpty || scalar.Tag.Value != StrTag);
                        if (!scalar.Tag.IsEmpty && scalar.Tag.Value != StrTag)
                        {
                            diagnostics.Error(InputCodes.SyntaxError, span, $"不支持 YAML 标签 {scalar.Tag.Value}。");
                        }

                        Attach(stack, new YamlScalar(span, Printable(scalar.Value, span, diagnostics), isPlain, Slice(text, current.Start.Index, current.End.Index)), diagnostics, ref root);
                        break;
                    case MappingStart mappingStart:
                        ReportAnchor(mappingStart, span, diagnostics);
                        if (!Push(stack, new Frame(span, isMapping: true), diagnostics))
                        {
                            return null;
                        }

                        break;
                    case SequenceStart sequenceStart:
                        ReportAnchor(sequenceStart, span, diagnostics);
                        if (!Push(stack, new Frame(span, isMapping: false), diagnostics))
                        {
                            return null;
                        }

                        break;
                    case MappingEnd:
                    case SequenceEnd:
                        var done = stack.Pop();
                        Attach(stack, done.ToNode(), diagnostics, ref root);
                        break;
                }
            }
        }
        catch (YamlException exception)
        {
            // A [ or { still open when only blank lines or nothing remain: the parser stops at the end of the file, a
            // line below the last one written (or past the end of a file without a final line break), but the fault
            // is the bracket that was never closed, so that is where the message points.
            if (exception.Start.Index >= text.TrimEnd().Length && ReportUnclosedInline(open, diagnostics))
            {
                return null;
            }

            var span = new SourceSpan(file, Math.Max(1, (int)exception.Start.Line), Math.Max(1, (int)exception.Start.Column));
            diagnostics.Error(InputCodes.SyntaxError, span, YamlSyntaxText.Explain(StripPosition(exception.Message)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some malformed streams: a [ or { left open in a block mapping
            // (the last event read is then that bracket, at its line and column), or text after a "..." marker.
            if (!ReportUnclosedInline(open, diagnostics))
            {
                diagnostics.Error(InputCodes.SyntaxError, last, "YAML 语法错误：文件结构无法识别：检查括号与引号是否配对，文档结束标记（...）之后是否还有内容。");
            }

            return null;
        }

        return root;
    }

    /// <summary>Reports the first inline [ or { still open at its own line and column; false when none is open.</summary>
    private static bool ReportUnclosedInline(List<(bool Flow, bool Sequence, SourceSpan Span)> open, DiagnosticBag diagnostics)
    {
        var inline = open.FindIndex(o => o.Flow);
        if (inline < 0)
        {
            return false;
        }

        var (_, sequence, at) = open[inline];
        diagnostics.Error(InputCodes.SyntaxError, at, sequence
            ? "YAML 语法错误：方括号 [ 没有配对：行内列表要在同一行写完，以 ] 结束（如 [a, b]）；或改成每项一行的“- ”列表。"
            : "YAML 语法错误：花括号 { 没有配对：行内映射要在同一行写完，以 } 结束；或改成每个键一行的写法。");
        return true;
    }

    private static void TrackOpen(List<(bool Flow, bool Sequence, SourceSpan Span)> open, ParsingEvent current, SourceSpan span)
    {
        switch (current)
        {
            case SequenceStart start:
                open.Add((start.Style == SequenceStyle.Flow, true, span));
                break;
            case MappingStart start:
                open.Add((start.Style == MappingStyle.Flow, false, span));
                break;
            case SequenceEnd or MappingEnd when open.Count > 0:
                open.RemoveAt(open.Count - 1);
                break;
        }
    }

    /// <summary>The characters between two marks of the parser (both are offsets into the text).</summary>
    private static string Slice(string text, long start, long end) =>
        start >= 0 && end <= text.Length && start <= end ? text.Substring((int)start, (int)(end - start)) : "";

    /// <summary>
    /// A scalar's decoded value, checked like the raw text: an escape such as "\0", "\x07", "\e" or "\u2028" yields a
    /// character the report cannot hold (and a terminal would obey), so it is refused at the value; the value kept for
    /// later messages has it escaped, so no message ever carries it.
    /// </summary>
    private static string Printable(string value, SourceSpan span, DiagnosticBag diagnostics)
    {
        var index = PrintableText.FirstForbidden(value, allowLineBreaks: true);
        if (index < 0)
        {
            return value;
        }

        diagnostics.Error(InputCodes.NulByte, span, $"值中含有控制字符 U+{(int)value[index]:X4}（多为引号内的转义，如 \\x07、\\e、\\0），报告中不能有这种字符，请删除。");
        return PrintableText.Escape(value);
    }

    private static bool Push(Stack<Frame> stack, Frame frame, DiagnosticBag diagnostics)
    {
        if (stack.Count >= MaxDepth)
        {
            diagnostics.Error(InputCodes.TooDeep, frame.Span, $"嵌套超过 {MaxDepth} 层，不是有效的单位文件。");
            return false;
        }

        stack.Push(frame);
        return true;
    }

    private static void ReportAnchor(NodeEvent node, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (!node.Anchor.IsEmpty)
        {
            diagnostics.Error(InputCodes.AnchorOrAlias, span, $"不支持锚点 &{node.Anchor.Value}：请把内容直接写出来。");
        }
    }

    private static void Attach(Stack<Frame> stack, YamlNode node, DiagnosticBag diagnostics, ref YamlNode? root)
    {
        if (stack.Count == 0)
        {
            root = node;
            return;
        }

        stack.Peek().Add(node, diagnostics);
    }

    private static string StripPosition(string message) => PositionPrefix().Replace(message, "");

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();

    /// <summary>A mapping or sequence being read.</summary>
    private sealed class Frame(SourceSpan span, bool isMapping)
    {
        private readonly List<KeyValuePair<YamlScalar, YamlNode>> _entries = [];
        private readonly Dictionary<string, SourceSpan> _seenKeys = new(StringComparer.Ordinal);
        private readonly List<YamlNode> _items = [];
        private YamlScalar? _pendingKey;
        private bool _skipNextValue;

        public SourceSpan Span { get; } = span;

        public void Add(YamlNode node, DiagnosticBag diagnostics)
        {
            if (!isMapping)
            {
                _items.Add(node);
                return;
            }

            if (_skipNextValue)
            {
                _skipNextValue = false;
                return;
            }

            if (_pendingKey is null)
            {
                if (node is YamlScalar key)
                {
                    _pendingKey = key;
                }
                else
                {
                    diagnostics.Error(InputCodes.ComplexKey, node.Span, "键必须是简单的文字。");
                    _skipNextValue = true;
                }

                return;
            }

            var pending = _pendingKey;
            _pendingKey = null;
            if (_seenKeys.TryGetValue(pending.Value, out var first))
            {
                diagnostics.Add(new Diagnostic(
                    InputCodes.DuplicateKey,
                    Severity.Error,
                    $"键 '{pending.Value}' 重复（第一次出现在第 {first.Line} 行第 {first.Column} 列）。",
                    pending.Span)
                { Related = [first] });
                return;
            }

            _seenKeys.Add(pending.Value, pending.Span);
            _entries.Add(new KeyValuePair<YamlScalar, YamlNode>(pending, node));
        }

        public YamlNode ToNode() => isMapping ? new YamlMapping(Span, _entries) : new YamlSequence(Span, _items);
    }
}
