using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace Brief.Site.Incremental.Saved;

/// <summary>
/// A saved cache file mapped into memory, read-only: a build reads what it needs of it straight from the system's file
/// cache, without copying 70 MB into the managed heap (where arrays that large are collected with the oldest objects,
/// and each forces such a collection). Values decoded from it may keep slices of it (HTML), so the mapping lives as
/// long as anything refers to it. brief never writes into a saved file in place (it appends, or writes a new file and
/// moves it over the old), so a mapping never sees its file change. The build that loaded it releases it when it ends
/// (<see cref="SavedEntries.Release"/>); nothing may use a value decoded from it after that. Where the system cannot
/// replace a file that is mapped (Windows), the file is read into an array instead.
/// </summary>
internal sealed unsafe class MappedFile : MemoryManager<byte>
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _start;
    private readonly int _length;
    private bool _released;

    private MappedFile(MemoryMappedFile file, MemoryMappedViewAccessor view, int length)
    {
        (_file, _view, _length) = (file, view, length);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _start = pointer + view.PointerOffset;
    }

    /// <summary>The bytes of the file at <paramref name="path"/>.</summary>
    public static ReadOnlyMemory<byte> Read(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.ReadAllBytes(path);
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length is 0 or > int.MaxValue)
        {
            return stream.Length == 0 ? ReadOnlyMemory<byte>.Empty : throw new IOException($"{path} is too large to be a cache file.");
        }
        var length = (int)stream.Length;
        // the file is closed once mapped (the mapping keeps its own reference): no open handle stands in the way of a save
        var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        return new MappedFile(file, file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), length).Memory;
    }

    public override Span<byte> GetSpan() => new(_start, _length);

    public override MemoryHandle Pin(int elementIndex = 0) => new(_start + elementIndex);

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (_released)
        {
            return;
        }
        _released = true;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }
}
