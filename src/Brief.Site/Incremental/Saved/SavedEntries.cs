using System.IO.Hashing;
using System.Text;

namespace Brief.Site.Incremental.Saved;

/// <summary>
/// One cache's values as an earlier <c>brief build</c> saved them in its cache folder: the file is read whole and indexed
/// by key, and a value is decoded only when a build asks for it. The file starts with the version of brief that wrote
/// it (<see cref="Version"/>); a file of another version, or one that cannot be read, is an empty cache, never an error.
/// Each value carries a checksum (XxHash3), checked when it is decoded: a damaged value is a value the cache does not hold.
/// A file is a header and then entries one after the other: a build that changed little appends what it made (an entry
/// saved again later wins), and a file mostly unused is written anew, aside and then moved into place. A build killed
/// while appending leaves an entry cut short at the end, which is not read, and the next save writes the file anew.
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

    public static SavedEntries None { get; } = new(ReadOnlyMemory<byte>.Empty, new Dictionary<string, (int, int, ulong)>(StringComparer.Ordinal));

    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly Dictionary<string, (int Start, int Length, ulong Checksum)> _index;

    private SavedEntries(ReadOnlyMemory<byte> bytes, Dictionary<string, (int Start, int Length, ulong Checksum)> index) =>
        (_bytes, _index) = (bytes, index);

    public int Count => _index.Count;

    /// <summary>Releases the file's mapping (<see cref="MappedFile"/>) once the build that read it has ended.</summary>
    public void Release()
    {
        if (System.Runtime.InteropServices.MemoryMarshal.TryGetMemoryManager<byte, MappedFile>(_bytes, out var mapped))
        {
            ((IDisposable)mapped).Dispose();
        }
    }

    /// <summary>Every whole entry, each value copied out.</summary>
    public IEnumerable<KeyValuePair<string, byte[]>> Entries =>
        _index.Keys.Select(key => TryGet(key, out var value) ? KeyValuePair.Create(key, value.ToArray()) : default)
            .Where(entry => entry.Key is not null);

    /// <summary>The value saved under <paramref name="key"/>, if there is one and it is whole.</summary>
    public bool TryGet(string key, out ReadOnlyMemory<byte> value)
    {
        if (_index.TryGetValue(key, out var at) && XxHash3.HashToUInt64(_bytes.Span.Slice(at.Start, at.Length)) == at.Checksum)
        {
            value = _bytes.Slice(at.Start, at.Length);
            return true;
        }
        value = default;
        return false;
    }

    public static SavedEntries Load(string path)
    {
        try
        {
            var bytes = MappedFile.Read(path);
            using var reader = CacheReader.Over(bytes);
            if (reader.ReadString() != Magic || reader.ReadString() != Version)
            {
                return None;
            }
            var index = new Dictionary<string, (int, int, ulong)>(StringComparer.Ordinal);
            var end = (int)reader.BaseStream.Position;
            try
            {
                while (end < bytes.Length)
                {
                    var key = reader.ReadString();
                    var (checksum, length) = (reader.ReadUInt64(), reader.ReadInt32());
                    var start = (int)reader.BaseStream.Position;
                    if (length < 0 || length > bytes.Length - start)
                    {
                        break; // an entry cut short: the file ends with the last whole one
                    }
                    index[key] = (start, length, checksum); // an entry saved again later wins
                    end = start + length;
                    reader.BaseStream.Position = end;
                }
            }
            catch (Exception exception) when (exception is EndOfStreamException or DecoderFallbackException)
            {
                // as above: an entry cut short
            }
            return new SavedEntries(bytes, index) { End = end };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or EndOfStreamException
            or DecoderFallbackException)
        {
            return None; // no cache, or not one this brief wrote: build from scratch
        }
    }

    /// <summary>Where the last whole entry of the file ends (the file's length, unless a save was cut short).</summary>
    private int End { get; init; }

    /// <summary>
    /// Saves a cache into <paramref name="path"/>, the file it was loaded from: the entries of that file this build used
    /// (<paramref name="used"/>) and those it made (<paramref name="made"/>). When the file is whole and at least half of
    /// it is still in use, only what was made is appended to it, so a build that changed one file writes one entry, not
    /// the whole cache again; otherwise the file is written anew with the entries in use, which drops what no build uses.
    /// </summary>
    public void Save(string path, IReadOnlyCollection<KeyValuePair<string, ReadOnlyMemory<byte>>> used, NewEntries made)
    {
        var inUse = used.Sum(entry => (long)entry.Value.Length);
        var whole = _bytes.Length > 0 && _bytes.Length == End && new FileInfo(path) is { Exists: true } file && file.Length == End;
        if (whole && inUse >= End - inUse)
        {
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
            made.CopyTo(stream);
            return;
        }
        // the entries made become the new file, with the entries still in use after them
        made.MoveTo(path, file => WriteEntries(file, used.Select(entry =>
            KeyValuePair.Create<string, Action<BinaryWriter>>(entry.Key, w => w.Write(entry.Value.Span)))));
    }

    /// <summary>Writes <paramref name="entries"/> (each key with what writes its value) to <paramref name="path"/>, aside first.</summary>
    public static void Save(string path, IReadOnlyCollection<KeyValuePair<string, Action<BinaryWriter>>> entries) =>
        WriteAside(path, file => WriteEntries(file, entries));

    /// <summary>Writes a cache file (its header, then what <paramref name="write"/> writes) beside <paramref name="path"/>, then moves
    /// it there.</summary>
    private static void WriteAside(string path, Action<Stream> write)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                WriteHeader(file);
                write(file);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Writes what every cache file starts with: its format and the version of brief that wrote it.</summary>
    public static void WriteHeader(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
    }

    private static void WriteEntries(Stream stream, IEnumerable<KeyValuePair<string, Action<BinaryWriter>>> entries)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        using var value = new MemoryStream();
        using var valueWriter = new BinaryWriter(value, Encoding.UTF8);
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
}
