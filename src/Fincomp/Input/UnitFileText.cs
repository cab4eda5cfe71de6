using System.Text;
using Fincomp.Diagnostics;

namespace Fincomp.Input;

/// <summary>
/// Turns a unit file's bytes into text, refusing what is not a plain UTF-8 YAML file with a position a clerk can go
/// to: a wrong encoding (GBK from an old editor, UTF-16 from Notepad), NUL bytes, tabs in indentation, a huge file.
/// </summary>
internal static class UnitFileText
{
    /// <summary>A real unit file is well under 1 MB; this cap keeps hostile files from costing time or memory.</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    public static string? Decode(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        if (bytes.Length > MaxBytes)
        {
            diagnostics.Error(InputCodes.TooLarge, SourceSpan.StartOf(file),
                $"文件有 {bytes.Length} 字节，超过上限 {MaxBytes} 字节，不像单位文件。");
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            diagnostics.Error(InputCodes.NotUtf8, SourceSpan.StartOf(file), "文件是 UTF-32 编码，请另存为 UTF-8。");
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Error(InputCodes.NotUtf8, SourceSpan.StartOf(file), "文件是 UTF-16 编码，请另存为 UTF-8。");
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0 && LooksLikeUtf16(bytes))
        {
            diagnostics.Error(InputCodes.NotUtf8, SourceSpan.StartOf(file), "文件看起来是没有字节顺序标记的 UTF-16 编码，请另存为 UTF-8。");
            return null;
        }

        if (nul >= 0)
        {
            diagnostics.Error(InputCodes.NulByte, PositionOf(bytes, nul, file), "文件含有 NUL 字节，不是文本文件。");
            return null;
        }

        var invalid = FirstInvalidUtf8(bytes);
        if (invalid >= 0)
        {
            diagnostics.Error(InputCodes.NotUtf8, PositionOf(bytes, invalid, file),
                "文件不是 UTF-8 编码（可能是 GBK），请另存为 UTF-8。");
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes);
        var control = PrintableText.FirstForbidden(text, allowLineBreaks: true);
        if (control >= 0)
        {
            // A Word document cannot hold these characters, so the report could not be written; say where the clerk can remove it.
            diagnostics.Error(InputCodes.NulByte, PositionOf(bytes, Encoding.UTF8.GetByteCount(text.AsSpan(0, control)), file),
                $"文件含有控制字符 U+{(int)text[control]:X4}（常见于从其他软件复制的文字），请删除。");
            return null;
        }

        if (string.IsNullOrWhiteSpace(StripComments(text)))
        {
            diagnostics.Error(InputCodes.EmptyFile, SourceSpan.StartOf(file), "文件是空的：没有任何内容。");
            return null;
        }

        return ReportIndentationTabs(text, file, diagnostics) ? null : text;
    }

    /// <summary>
    /// UTF-16 text of mostly ASCII keys has a zero in every other byte; binary junk does not show that pattern, so the
    /// two get different advice.
    /// </summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        var even = 0;
        var odd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    even++;
                }
                else
                {
                    odd++;
                }
            }
        }

        var half = sample.Length / 2;
        return half > 0 && (even > half * 3 / 10 || odd > half * 3 / 10) && Math.Min(even, odd) < Math.Max(even, odd) / 10;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    private static SourceSpan PositionOf(ReadOnlySpan<byte> bytes, int offset, string file)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(bytes[lineStart..offset]) + 1;
        return new SourceSpan(file, line, column);
    }

    private static bool ReportIndentationTabs(string text, string file, DiagnosticBag diagnostics)
    {
        var found = false;
        var lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var indentEnd = 0;
            while (indentEnd < line.Length && line[indentEnd] is ' ' or '\t' or '-')
            {
                indentEnd++;
            }

            var tab = line[..indentEnd].IndexOf('\t');
            var wide = WideIndentation(line);
            if (tab >= 0)
            {
                diagnostics.Error(InputCodes.Tab, new SourceSpan(file, lineNumber, tab + 1), "缩进里有制表符（Tab）：YAML 只能用空格缩进。");
                found = true;
            }
            else if (wide >= 0)
            {
                // Text copied from a word processor or a chat window brings these; YAML sees them as content, not indentation.
                diagnostics.Error(InputCodes.Tab, new SourceSpan(file, lineNumber, wide + 1), "缩进里有全角空格或不换行空格：YAML 只能用半角空格缩进。");
                found = true;
            }
        }

        return found;
    }

    /// <summary>
    /// The column (0-based) of a full-width or no-break space indenting a key or a list item, or -1. Only lines that
    /// then start a key or an item count, so a paragraph inside a block of text may begin with full-width spaces.
    /// </summary>
    private static int WideIndentation(ReadOnlySpan<char> line)
    {
        var end = 0;
        while (end < line.Length && line[end] is ' ' or '\u00A0' or '\u3000')
        {
            end++;
        }

        var wide = line[..end].IndexOfAny('\u00A0', '\u3000');
        var rest = line[end..];
        var startsKeyOrItem = rest.StartsWith("- ") || rest.StartsWith("-\u00A0") || (rest.Length > 0 && char.IsAsciiLetterLower(rest[0])
            && rest.IndexOf(':') is var colon and > 0 && !rest[..colon].ContainsAnyExcept(KeyCharacters));
        return startsKeyOrItem ? wide : -1;
    }

    private static readonly System.Buffers.SearchValues<char> KeyCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_");

    private static string StripComments(string text)
    {
        var builder = new StringBuilder();
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.TrimStart();
            if (!trimmed.StartsWith("#") && !trimmed.SequenceEqual("---"))
            {
                builder.Append(trimmed);
            }
        }

        return builder.ToString();
    }
}
