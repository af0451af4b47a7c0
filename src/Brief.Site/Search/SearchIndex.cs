using System.Text;

namespace Brief.Site.Search;

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
/// Each file calls <c>briefSearch.loaded(name, data)</c> (<see cref="SearchScript"/>). A query downloads index.js,
/// one shard per word and the pages it shows, never the whole index. Pages are numbered in the order of their source
/// files, so the same content gives the same files, byte for byte. Which shard holds which stems is
/// <see cref="SearchShards"/>'s to say.
/// </summary>
public static class SearchIndex
{
    public const string Folder = "search/";

    /// <summary>The index and its shards for <paramref name="entries"/> (numbered in order).</summary>
    public static IReadOnlyList<SearchFile> Build(IReadOnlyList<SearchEntry> entries)
    {
        var postings = SearchPostings.Of(entries);
        var shards = SearchShards.Of(postings);
        // shards are written in parallel, each on its own
        var files = Brief.Core.Modules.Parallelism.Map(shards, shard => ShardFile(shard, postings)).ToList();
        files.Add(IndexFile(entries, shards));
        return files;
    }

    /// <summary>A shard's file: its stems' postings (page numbers as gaps, and weights) and its names' pages, each in ordinal order.</summary>
    private static SearchFile ShardFile(SearchShard shard, SearchPostings postings) => SearchScript.File($"t/{shard.Key}", writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartObject("w");
        foreach (var stem in shard.Stems.Order(StringComparer.Ordinal))
        {
            writer.WriteStartArray(stem);
            var list = postings.Stems[stem];
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
        foreach (var name in shard.Names.Order(StringComparer.Ordinal))
        {
            writer.WriteStartArray(name);
            foreach (var number in postings.Names[name])
            {
                writer.WriteNumberValue(number);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    /// <summary>The index file: the number of pages, the types and each page's type as a digit, and the shards' keys.</summary>
    private static SearchFile IndexFile(IReadOnlyList<SearchEntry> entries, IReadOnlyList<SearchShard> shards) => SearchScript.File("index", writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("pages", entries.Count);
        writer.WriteStartArray("types");
        // a type no page has at the end of the list is left out (an index without memos lists no "Memo")
        foreach (var type in SearchEntry.Types.Take(SearchEntry.Types.LastIndexOf("Page") + 1)
            .Concat(SearchEntry.Types.Skip(SearchEntry.Types.LastIndexOf("Page") + 1).Where(t => entries.Any(e => e.Type == t))))
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
        foreach (var shard in shards)
        {
            writer.WriteStringValue(shard.Key);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>Page <paramref name="number"/>'s fragment: what a result shows, and the text its excerpt and phrase checks read.</summary>
    public static byte[] Fragment(int number, SearchEntry entry) => SearchScript.Of($"f/{number}", writer =>
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
}
