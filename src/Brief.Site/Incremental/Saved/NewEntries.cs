using System.IO.Hashing;
using System.Text;

namespace Brief.Site.Incremental.Saved;

/// <summary>
/// The values a build makes for a cache saved on disk, written as they are made into a file beside the cache
/// (<c>NAME.GUID.new</c>), in the cache file's entry format, instead of being held in memory until the build ends: a
/// clean build of a large site makes hundreds of megabytes of them. Values are encoded on the thread that made
/// them; only the write of the finished entry is taken in turn. The file starts as a cache file does, so when the
/// build is published it either becomes the cache (moved over it, with the entries still in use appended) or its
/// entries are appended to the cache (<see cref="SavedEntries"/>); a build not published deletes it.
/// </summary>
internal sealed class NewEntries(string cachePath) : IDisposable
{
    [ThreadStatic]
    private static (MemoryStream Value, BinaryWriter Writer)? _scratch;

    private readonly object _lock = new();
    private FileStream? _file;
    private long _entriesStart;

    /// <summary>The file the entries are written to, once one is.</summary>
    public string? Path { get; private set; }

    public long Length => _file?.Length ?? 0;

    public void Add(string key, Action<BinaryWriter> write)
    {
        var (value, writer) = _scratch ??= NewScratch();
        value.SetLength(0);
        writer.Write(key);
        writer.Write(0UL); // the checksum, filled in below
        writer.Write(0); // the length
        var start = (int)value.Length;
        write(writer);
        writer.Flush();
        var length = (int)value.Length - start;
        var buffer = value.GetBuffer();
        var checksum = XxHash3.HashToUInt64(buffer.AsSpan(start, length));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(buffer.AsSpan(start - 12, 8), checksum);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(start - 4, 4), length);
        lock (_lock)
        {
            if (_file is null)
            {
                Path = $"{cachePath}.{Guid.NewGuid():N}.new";
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
                _file = new FileStream(Path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
                SavedEntries.WriteHeader(_file);
                _entriesStart = _file.Position;
            }
            _file.Write(buffer, 0, (int)value.Length);
        }
        if (value.Capacity > 1 << 22)
        {
            _scratch = null; // do not keep a buffer grown for one huge value
        }
    }

    /// <summary>Copies the entries written so far to the end of <paramref name="target"/>.</summary>
    public void CopyTo(Stream target)
    {
        lock (_lock)
        {
            if (_file is null)
            {
                return;
            }
            _file.Flush();
            _file.Position = _entriesStart;
            _file.CopyTo(target);
        }
    }

    /// <summary>
    /// Makes the file the cache at <paramref name="path"/>, with <paramref name="append"/> writing more entries to its end
    /// first; an empty cache file when nothing was made.
    /// </summary>
    public void MoveTo(string path, Action<Stream> append)
    {
        lock (_lock)
        {
            if (_file is null)
            {
                Path = $"{cachePath}.{Guid.NewGuid():N}.new";
                _file = new FileStream(Path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
                SavedEntries.WriteHeader(_file);
            }
            _file.Seek(0, SeekOrigin.End);
            append(_file);
            _file.Dispose();
            _file = null;
            File.Move(Path!, path, overwrite: true);
            Path = null;
        }
    }

    /// <summary>Deletes the file (after a save, or for a build that was not published).</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _file?.Dispose();
            _file = null;
            if (Path is not null)
            {
                File.Delete(Path);
            }
        }
    }

    private static (MemoryStream, BinaryWriter) NewScratch()
    {
        var stream = new MemoryStream();
        return (stream, new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true));
    }
}
