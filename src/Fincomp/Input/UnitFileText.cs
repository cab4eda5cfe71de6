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
        if (string.IsNullOrWhiteSpace(StripComments(text)))
        {
            diagnostics.Error(InputCodes.EmptyFile, SourceSpan.StartOf(file), "文件是空的：没有任何内容。");
            return null;
        }

        return ReportIndentationTabs(text, file, diagnostics) ? null : text;
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
            if (tab >= 0)
            {
                diagnostics.Error(InputCodes.Tab, new SourceSpan(file, lineNumber, tab + 1), "缩进里有制表符（Tab）：YAML 只能用空格缩进。");
                found = true;
            }
        }

        return found;
    }

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
