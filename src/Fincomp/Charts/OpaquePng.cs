using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace Fincomp.Charts;

/// <summary>
/// Encodes an opaque 8-bit picture as an RGB PNG (Sub filter on every row, one IDAT chunk) with the runtime's zlib, the
/// same deflate that packs the .docx. A chart is flat colour and text on white with no transparent pixel, so an alpha
/// channel would only add a quarter to the bytes to filter and deflate; and the runtime's zlib-ng deflates these
/// pictures in a fraction of the time of the classic zlib inside Skia's encoder, which was most of a chart's cost.
/// The same pixels always give the same bytes.
/// </summary>
internal static class OpaquePng
{
    private const byte SubFilter = 1;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>
    /// The PNG of <paramref name="pixels"/>, or null when it cannot be written as opaque RGB (another colour type, or
    /// a pixel that is not fully opaque): the caller then uses Skia's encoder, which keeps the alpha.
    /// </summary>
    public static byte[]? TryEncode(SKPixmap pixels, int level)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        // Pixels are read as little-endian words: BGRA holds red in bits 16–23, RGBA in bits 0–7.
        var (redShift, blueShift) = pixels.ColorType switch
        {
            SKColorType.Bgra8888 => (16, 0),
            SKColorType.Rgba8888 => (0, 16),
            _ => (-1, -1),
        };
        if (redShift < 0 || !BitConverter.IsLittleEndian)
        {
            return null;
        }

        var width = pixels.Width;
        var height = pixels.Height;
        using var idat = new MemoryStream();
        using (var zlib = new ZLibStream(idat, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true))
        {
            var row = new byte[1 + width * 3];
            row[0] = SubFilter;
            var source = pixels.GetPixelSpan();
            var alpha = 0xFFu;
            for (var y = 0; y < height; y++)
            {
                var line = MemoryMarshal.Cast<byte, uint>(source.Slice(y * pixels.RowBytes, width * 4));
                var filtered = row.AsSpan(1);
                uint r0 = 0, g0 = 0, b0 = 0;
                for (var x = 0; x < line.Length; x++)
                {
                    var pixel = line[x];
                    alpha &= pixel >> 24;
                    uint r = (pixel >> redShift) & 0xFF, g = (pixel >> 8) & 0xFF, b = (pixel >> blueShift) & 0xFF;
                    // PNG's Sub filter: each byte less the same channel of the pixel to its left, modulo 256.
                    filtered[3 * x] = unchecked((byte)(r - r0));
                    filtered[3 * x + 1] = unchecked((byte)(g - g0));
                    filtered[3 * x + 2] = unchecked((byte)(b - b0));
                    (r0, g0, b0) = (r, g, b);
                }

                zlib.Write(row);
            }

            if (alpha != 0xFF)
            {
                return null;
            }
        }

        using var output = new MemoryStream((int)idat.Length + 64);
        output.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per channel
        header[9] = 2; // colour type: RGB
        header[10] = 0; // deflate
        header[11] = 0; // adaptive filtering, one filter byte per row
        header[12] = 0; // not interlaced
        WriteChunk(output, "IHDR"u8, header);
        WriteChunk(output, "IDAT"u8, idat.GetBuffer().AsSpan(0, (int)idat.Length));
        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);
        output.Write(type);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, ~Crc(Crc(uint.MaxValue, type), data));
        output.Write(word);
    }

    private static uint Crc(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    /// <summary>The CRC-32 table of the PNG specification (polynomial 0xEDB88320, reflected).</summary>
    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
