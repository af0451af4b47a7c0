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
        // the stems (hundreds per page) as one text, with their lengths and weights as numbers: read in three calls, not hundreds
        writer.Write(string.Concat(entry.Stems.Select(stem => stem.Key)));
        var numbers = new int[entry.Stems.Length * 2];
        for (var i = 0; i < entry.Stems.Length; i++)
        {
            (numbers[2 * i], numbers[(2 * i) + 1]) = (entry.Stems[i].Key.Length, entry.Stems[i].Value);
        }
        writer.WriteBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(numbers.AsSpan()));
    }

    public SearchEntry Read(BinaryReader reader)
    {
        var (path, title, type, summary, names) = (reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadNullableString(),
            reader.ReadStrings());
        var text = reader.ReadString();
        var numbers = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(reader.ReadMemory().Span);
        var stems = new KeyValuePair<string, int>[numbers.Length / 2];
        for (int i = 0, at = 0; i < stems.Length; i++)
        {
            var length = numbers[2 * i];
            if (length < 0 || length > text.Length - at)
            {
                throw new InvalidDataException("A search entry's stems in the build cache do not fit their text.");
            }
            stems[i] = KeyValuePair.Create(text.Substring(at, length), numbers[(2 * i) + 1]);
            at += length;
        }
        return new(path, title, type, summary, SearchText.Empty, names,
            System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(stems));
    }
}
