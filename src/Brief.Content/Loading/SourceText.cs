using System.Buffers;
using System.Text.Unicode;
using Brief.Core.Diagnostics;

namespace Brief.Content.Loading;

/// <summary>
/// Reads a content file: at most <see cref="MaximumBytes"/> long, UTF-8 with or without a BOM; invalid bytes are an
/// error at the line of the first one; NUL characters are replaced by U+FFFD.
/// </summary>
public static class SourceText
{
    /// <summary>4 MiB: forty times the longest page a briefing needs, and a bound on what one file can cost a build.</summary>
    public const long MaximumBytes = 4L * 1024 * 1024;

    public static string? Decode(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var line = bytes[..read].Count((byte)'\n') + 1;
                diagnostics.Error(Codes.InvalidUtf8, $"the file is not valid UTF-8 (byte 0x{bytes[read]:X2} at offset {read})", file, line, 0,
                    "save the file as UTF-8 in your editor");
                return null;
            }
            // NUL becomes U+FFFD, as CommonMark asks, in front matter as in the body: no NUL can reach a page
            return new string(chars, 0, written).Replace('\0', '\uFFFD');
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public static string? Read(string path, string file, DiagnosticBag diagnostics)
    {
        var length = new FileInfo(path).Length;
        if (length > MaximumBytes)
        {
            diagnostics.Error(Codes.TooLarge,
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"the file is {length / (1024.0 * 1024):0.0} MiB; content files may be at most {MaximumBytes / (1024 * 1024)} MiB"),
                file, 0, 0, "split it into several pages; put large documents under assets/ and link to them");
            return null;
        }
        return Decode(File.ReadAllBytes(path), file, diagnostics);
    }
}
