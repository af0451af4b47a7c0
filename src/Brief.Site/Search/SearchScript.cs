using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Brief.Site.Incremental;

namespace Brief.Site.Search;

/// <summary>
/// The form of every file of the search index: the script <c>briefSearch.loaded("NAME",DATA);</c>, as UTF-8, with
/// the data as JSON; a browser loads it with a script element, so it works from file:// too.
/// </summary>
internal static class SearchScript
{
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly byte[] Close = ");\n"u8.ToArray();

    /// <summary>The file <c>search/NAME.js</c> with the data written by <paramref name="write"/>, and its fingerprint.</summary>
    public static SearchFile File(string name, Action<Utf8JsonWriter> write)
    {
        var utf8 = Of(name, write);
        using var fingerprint = new Fingerprint();
        return new SearchFile($"{SearchIndex.Folder}{name}.js", utf8, fingerprint.Add(utf8).Finish());
    }

    /// <summary>The script named <paramref name="name"/>, as UTF-8, with the data written as JSON by <paramref name="write"/>.</summary>
    public static byte[] Of(string name, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        buffer.Write(Encoding.UTF8.GetBytes($"briefSearch.loaded(\"{name}\","));
        using (var writer = new Utf8JsonWriter(buffer, Json))
        {
            write(writer);
        }
        buffer.Write(Close);
        return buffer.WrittenSpan.ToArray();
    }
}
