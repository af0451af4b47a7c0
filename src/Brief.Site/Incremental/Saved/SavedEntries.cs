using System.IO.Hashing;
using System.Text;

namespace Brief.Site.Incremental.Saved;

/// <summary>
/// One cache's values as an earlier <c>brief build</c> saved them in its cache folder: the file is read whole and indexed
/// by key, and a value is decoded only when a build asks for it. The file starts with the version of brief that wrote
/// it (<see cref="Version"/>); a file of another version, or one that cannot be read, is an empty cache, never an error.
/// Each value carries a checksum (XxHash3), checked when it is decoded: a damaged value is a value the cache does not hold.
/// Files are written aside and moved into place, so a build killed while saving leaves the last whole file.
/// </summary>
internal sealed class SavedEntries
{
    private const string Magic = "brief-cache-2";

    /// <summary>
    /// The brief that wrote a file: its assemblies as compiled. Values are read back by the code that wrote them, or not at all,
    /// since what a value holds, and what a key says it follows from, may differ in another build of brief.
    /// </summary>
    public static string Version { get; } = string.Join('.', new[]
    {
        typeof(SavedEntries), typeof(Content.Model.ContentItem), typeof(Markdown.Parsing.ParsedMarkdown), typeof(Core.Documents.Document),
        typeof(Markdig.Markdown),
    }.Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")));

    public static SavedEntries None { get; } = new([], new Dictionary<string, (int, int, ulong)>(StringComparer.Ordinal));

    private readonly byte[] _bytes;
    private readonly Dictionary<string, (int Start, int Length, ulong Checksum)> _index;

    private SavedEntries(byte[] bytes, Dictionary<string, (int Start, int Length, ulong Checksum)> index) => (_bytes, _index) = (bytes, index);

    public int Count => _index.Count;

    /// <summary>Every whole entry, each value copied out.</summary>
    public IEnumerable<KeyValuePair<string, byte[]>> Entries =>
        _index.Keys.Select(key => TryGet(key, out var value) ? KeyValuePair.Create(key, value.ToArray()) : default)
            .Where(entry => entry.Key is not null);

    /// <summary>The value saved under <paramref name="key"/>, if there is one and it is whole.</summary>
    public bool TryGet(string key, out ReadOnlyMemory<byte> value)
    {
        if (_index.TryGetValue(key, out var at) && XxHash3.HashToUInt64(_bytes.AsSpan(at.Start, at.Length)) == at.Checksum)
        {
            value = _bytes.AsMemory(at.Start, at.Length);
            return true;
        }
        value = default;
        return false;
    }

    public static SavedEntries Load(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != Version)
            {
                return None;
            }
            var count = reader.ReadInt32();
            if (count < 0 || count > bytes.Length)
            {
                return None;
            }
            var index = new Dictionary<string, (int, int, ulong)>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var (checksum, length) = (reader.ReadUInt64(), reader.ReadInt32());
                var start = (int)reader.BaseStream.Position;
                if (length < 0 || length > bytes.Length - start)
                {
                    return None;
                }
                index[key] = (start, length, checksum);
                reader.BaseStream.Position = start + length;
            }
            return new SavedEntries(bytes, index);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or EndOfStreamException
            or InvalidDataException or DecoderFallbackException)
        {
            return None; // no cache, or not one this brief wrote: build from scratch
        }
    }

    /// <summary>Writes <paramref name="entries"/> (each key with what writes its value) to <paramref name="path"/>.</summary>
    public static void Save(string path, IReadOnlyCollection<KeyValuePair<string, Action<BinaryWriter>>> entries)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(file, Encoding.UTF8))
            using (var value = new MemoryStream())
            using (var valueWriter = new BinaryWriter(value, Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(Version);
                writer.Write(entries.Count);
                foreach (var (key, write) in entries)
                {
                    value.SetLength(0);
                    write(valueWriter);
                    valueWriter.Flush();
                    var written = value.GetBuffer().AsSpan(0, (int)value.Length);
                    writer.Write(key);
                    writer.Write(XxHash3.HashToUInt64(written));
                    writer.Write(written.Length);
                    writer.Write(written);
                }
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
