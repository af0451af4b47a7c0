using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Brief.Site.Incremental;

namespace Brief.Site.Search;

/// <summary>A file of the search index: where it goes under the output folder, its UTF-8 text, and the fingerprint of that text.</summary>
public sealed record SearchFile(string Path, byte[] Utf8, string Key);

/// <summary>
/// The site's search index, as files a reader's browser loads a few at a time with script elements, so it works
/// from any static host and from a copy opened from disk (file:// pages may run scripts but not fetch files):
///
///   search/index.js      the number of pages, each page's type (for the type filter), the shards there are
///   search/t/KEY.js      the postings of the stems starting with KEY (two characters, or more for a shard that
///                        would be big): page numbers and weights, and the glossary names whose first word has one of
///                        those stems (a query that names a term puts the term's page first)
///   search/f/N.js        page N's address, title, type, summary, text and sections: loaded only for the results shown
///
/// Each file calls <c>briefSearch.loaded(name, data)</c>. A query downloads the index, one shard per word and the
/// pages it shows: at 10,000 pages a few hundred kilobytes, not the whole index. Pages are numbered in the order of
/// their source files, so the same content gives the same files, byte for byte.
/// </summary>
public static class SearchIndex
{
    public const string Folder = "search/";

    /// <summary>About how big a shard may grow (before compression) before it is split: a query downloads one per word.</summary>
    private const int ShardSize = 48 * 1024;

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The index and its shards for <paramref name="entries"/> (numbered in order).</summary>
    public static IReadOnlyList<SearchFile> Build(IReadOnlyList<SearchEntry> entries)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var names = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var number = 0; number < entries.Count; number++)
        {
            foreach (var (stem, weight) in entries[number].Stems)
            {
                if (!postings.TryGetValue(stem, out var list))
                {
                    postings[stem] = list = [];
                }
                list.Add(number);
                list.Add(weight);
            }
            foreach (var name in entries[number].Names)
            {
                if (!names.TryGetValue(name, out var list))
                {
                    names[name] = list = [];
                }
                list.Add(number);
            }
        }
        var shards = Shard(postings);
        foreach (var name in names.Keys)
        {
            shards[KeyOf(Stemmer.Stem(name.Split(' ')[0]), shards)].Names.Add(name);
        }
        // shards are written in parallel, each on its own
        var files = Brief.Core.Modules.Parallelism.Map([.. shards], shard =>
        {
            var (key, (stems, shardNames)) = shard;
            stems.Sort(StringComparer.Ordinal);
            shardNames.Sort(StringComparer.Ordinal);
            return File($"t/{key}", writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartObject("w");
                foreach (var stem in stems)
                {
                    writer.WriteStartArray(stem);
                    var list = postings[stem];
                    for (int i = 0, previous = 0; i < list.Count; i += 2)
                    {
                        writer.WriteNumberValue(list[i] - previous); // page numbers as gaps: shorter
                        writer.WriteNumberValue(list[i + 1]);
                        previous = list[i];
                    }
                    writer.WriteEndArray();
                }
                writer.WriteEndObject();
                writer.WriteStartObject("n");
                foreach (var name in shardNames)
                {
                    writer.WriteStartArray(name);
                    foreach (var number in names[name])
                    {
                        writer.WriteNumberValue(number);
                    }
                    writer.WriteEndArray();
                }
                writer.WriteEndObject();
                writer.WriteEndObject();
            });
        }).ToList();
        var index = File("index", writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("pages", entries.Count);
            writer.WriteStartArray("types");
            foreach (var type in SearchEntry.Types)
            {
                writer.WriteStringValue(type);
            }
            writer.WriteEndArray();
            var kinds = new StringBuilder(entries.Count);
            foreach (var entry in entries)
            {
                kinds.Append((char)('0' + SearchEntry.Types.IndexOf(entry.Type)));
            }
            writer.WriteString("kinds", kinds.ToString());
            writer.WriteStartArray("shards");
            foreach (var key in shards.Keys)
            {
                writer.WriteStringValue(key);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        files.Add(index);
        return files;
    }

    /// <summary>
    /// Groups stems into shards of at most about <see cref="ShardSize"/> bytes: by their first two characters, and a
    /// group that is bigger by one more character, again and again (a stem no longer than its group's name stays in it).
    /// </summary>
    private static SortedDictionary<string, (List<string> Stems, List<string> Names)> Shard(Dictionary<string, List<int>> postings)
    {
        var shards = new SortedDictionary<string, (List<string> Stems, List<string> Names)>(StringComparer.Ordinal);
        void Place(IEnumerable<string> stems, int length)
        {
            foreach (var group in stems.GroupBy(stem => SearchWords.ShardOf(stem, length), StringComparer.Ordinal))
            {
                var size = group.Sum(stem => stem.Length + 6 + postings[stem].Count * 4);
                var longer = group.Where(stem => SearchWords.Length(stem) > length).ToList();
                if (size <= ShardSize || longer.Count == 0)
                {
                    shards[group.Key] = ([.. group], []);
                    continue;
                }
                var here = group.Where(stem => SearchWords.Length(stem) <= length).ToList();
                if (here.Count > 0)
                {
                    shards[group.Key] = (here, []);
                }
                Place(longer, length + 1);
            }
        }
        Place(postings.Keys, 2);
        return shards;
    }

    /// <summary>The shard a stem is in: the one named by its longest prefix (search.js looks it up the same way).</summary>
    private static string KeyOf(string stem, SortedDictionary<string, (List<string> Stems, List<string> Names)> shards)
    {
        for (var length = SearchWords.Length(stem); length > 0; length--)
        {
            var key = SearchWords.ShardOf(stem, length);
            if (shards.ContainsKey(key))
            {
                return key;
            }
        }
        throw new InvalidOperationException($"no shard holds '{stem}'");
    }

    /// <summary>Page <paramref name="number"/>'s fragment: what a result shows, and the text its excerpt and phrase checks read.</summary>
    public static byte[] Fragment(int number, SearchEntry entry) => Script($"f/{number}", writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("path", entry.Path);
        writer.WriteString("title", entry.Title);
        writer.WriteString("type", entry.Type);
        if (entry.Summary is { } summary)
        {
            writer.WriteString("summary", summary);
        }
        writer.WriteString("text", entry.Body.Text);
        writer.WriteStartArray("sections");
        foreach (var section in entry.Body.Sections)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(section.Start);
            writer.WriteStringValue(section.Anchor);
            writer.WriteStringValue(section.Title);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>Where page <paramref name="number"/>'s fragment goes.</summary>
    public static string FragmentPath(int number) => $"{Folder}f/{number}.js";

    /// <summary>Writes a file's UTF-8 text: as it is into a UTF-8 writer (an output file), decoded into any other.</summary>
    public static void WriteTo(TextWriter writer, byte[] utf8)
    {
        if (writer is Markdown.Rendering.Utf8Writer output)
        {
            output.WriteUtf8(utf8);
            return;
        }
        writer.Write(Encoding.UTF8.GetString(utf8));
    }

    private static SearchFile File(string name, Action<Utf8JsonWriter> write)
    {
        var utf8 = Script(name, write);
        using var fingerprint = new Fingerprint();
        return new SearchFile($"{Folder}{name}.js", utf8, fingerprint.Add(utf8).Finish());
    }

    private static readonly byte[] Close = ");\n"u8.ToArray();

    /// <summary>The script <c>briefSearch.loaded("NAME",DATA);</c>, as UTF-8, with the data written as JSON by <paramref name="write"/>.</summary>
    private static byte[] Script(string name, Action<Utf8JsonWriter> write)
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
