using Brief.Site.Search;

namespace Brief.Site.Incremental.Saved;

/// <summary>A document's search entry (<see cref="SearchEntry"/>): where and what it is, its text, its own names and its weighted stems.</summary>
internal sealed class SearchEntryCodec : ICacheCodec<SearchEntry>
{
    public void Write(BinaryWriter writer, SearchEntry entry)
    {
        writer.Write(entry.Path);
        writer.Write(entry.Title);
        writer.Write(entry.Type);
        writer.WriteNullable(entry.Summary);
        CommonCodec.WriteSearchText(writer, entry.Body);
        writer.WriteStrings(entry.Names);
        writer.WriteList(entry.Stems, (w, stem) => { w.Write(stem.Key); w.Write(stem.Value); });
    }

    public SearchEntry Read(BinaryReader reader) => new(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadNullableString(),
        CommonCodec.ReadSearchText(reader), reader.ReadStrings(), reader.ReadList(r => KeyValuePair.Create(r.ReadString(), r.ReadInt32())));
}
