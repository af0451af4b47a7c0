using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Brief.Print;

/// <summary>
/// Reads and writes the stream objects of a PDF held as a Latin-1 string (one char per byte): the data is taken
/// by its direct <c>/Length</c>, never by searching for "endstream", since compressed bytes may contain anything.
/// </summary>
internal static partial class PdfStreams
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    /// <summary>The decoded data of stream object <paramref name="number"/> (Flate or unfiltered), or null.</summary>
    public static string? Read(string text, int number)
    {
        var header = new Regex($@"(?:^|\n){number} 0 obj\s*<<").Match(text);
        if (!header.Success)
        {
            return null;
        }
        var keyword = text.IndexOf("stream", header.Index, StringComparison.Ordinal);
        var dictionary = text[header.Index..keyword];
        var length = LengthEntry().Match(dictionary);
        if (!length.Success)
        {
            return null;
        }
        var start = keyword + "stream".Length + (text[keyword + 6] == '\r' ? 2 : 1);
        var data = Latin1.GetBytes(text.Substring(start, int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture)));
        if (!dictionary.Contains("/Filter", StringComparison.Ordinal))
        {
            return Latin1.GetString(data);
        }
        if (!Regex.IsMatch(dictionary, @"/Filter\s*/FlateDecode\b"))
        {
            return null;
        }
        using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return Latin1.GetString(output.ToArray());
    }

    /// <summary>The body of a Flate-compressed stream object holding <paramref name="data"/> (one char per byte).</summary>
    public static string Compressed(string data, string extraEntries = "")
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(Latin1.GetBytes(data));
        }
        var bytes = Latin1.GetString(output.ToArray());
        return $"<<{extraEntries}/Filter /FlateDecode\n/Length {bytes.Length}>> stream\n{bytes}\nendstream";
    }

    /// <summary>The body of an unfiltered stream object.</summary>
    public static string Plain(string data, string entries) => $"<<{entries}\n/Length {data.Length}>> stream\n{data}\nendstream";

    [GeneratedRegex(@"/Length (\d+)(?!\s+\d+\s+R)")]
    private static partial Regex LengthEntry();
}
