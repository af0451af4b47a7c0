using Brief.Markdown.Parsing;
using Brief.Site.Search;

namespace Brief.Site.Incremental.Saved;

/// <summary>
/// A document's search entry (<see cref="SearchEntry"/>): where and what it is, its own names and its weighted stems. Not
/// its text, which its body's cache holds: an entry read back has none until the index gives it its body's
/// (<see cref="Modules.BuildSearchIndex"/>), and the same key names the same text.
/// </summary>
internal sealed class SearchEntryCodec : ICacheCodec<SearchEntry>
{
    public void Write(BinaryWriter writer, SearchEntry entry)
    {
        writer.Write(entry.Path);
        writer.Write(entry.Title);
        writer.Write(entry.Type);
        writer.WriteNullable(entry.Summary);
        writer.WriteStrings(entry.Names);
        writer.WriteList(entry.Stems, (w, stem) => { w.Write(stem.Key); w.Write(stem.Value); });
    }

    public SearchEntry Read(BinaryReader reader) => new(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadNullableString(),
        SearchText.Empty, reader.ReadStrings(), reader.ReadList(r => KeyValuePair.Create(r.ReadString(), r.ReadInt32())));
}
