using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Brief.Site.Incremental.Saved;

/// <summary>The pieces every codec writes: texts that may be missing, and lists.</summary>
internal static class CacheBinary
{
    public static void WriteNullable(this BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    public static string? ReadNullableString(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    public static void WriteList<T>(this BinaryWriter writer, IReadOnlyCollection<T> items, Action<BinaryWriter, T> write)
    {
        writer.Write(items.Count);
        foreach (var item in items)
        {
            write(writer, item);
        }
    }

    public static ImmutableArray<T> ReadList<T>(this BinaryReader reader, Func<BinaryReader, T> read)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException("A list in the build cache has a negative length.");
        }
        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = read(reader);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    public static void WriteStrings(this BinaryWriter writer, IReadOnlyCollection<string> texts) => writer.WriteList(texts, (w, t) => w.Write(t));

    public static ImmutableArray<string> ReadStrings(this BinaryReader reader) => reader.ReadList(r => r.ReadString());

    public static void WriteBytes(this BinaryWriter writer, ReadOnlySpan<byte> bytes)
    {
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    /// <summary>What <see cref="WriteBytes"/> wrote: a slice of the memory a <see cref="CacheReader"/> reads, else a copy.</summary>
    public static ReadOnlyMemory<byte> ReadMemory(this BinaryReader reader) =>
        reader is CacheReader cache ? cache.ReadMemory() : reader.ReadBytes(reader.ReadInt32());
}
