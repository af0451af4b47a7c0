using Brief.Site.Incremental.Saved;

namespace Brief.Site.Incremental;

/// <summary>
/// The fingerprint each input file had when a build read it, by its path, length and modification time: while those
/// stay the same, the file is not read again. brief serve keeps them in memory; brief build saves them in its cache
/// folder (<see cref="Save"/>), but only for files last modified well before the build began: a file changed again
/// within the same tick of the file system's clock, to the same length, would otherwise look unchanged (git's
/// "racy" files). Such a file is read again next time, and its unchanged text found by its fingerprint.
/// </summary>
public sealed class FileStamps(bool keeps)
{
    /// <summary>How long before a build began a file must have been modified for its stamp to be saved.</summary>
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    private readonly Generations<(string Path, long Length, long Modified), string> _keys = new();

    public bool Keeps { get; } = keeps;

    private int _trusted;

    /// <summary>How many files this build did not read because their stamps were unchanged.</summary>
    public int Trusted => _trusted;

    public string? KeyOf(string path, long length, long modified)
    {
        if (!Keeps || !_keys.TryGet((path, length, modified), out var key))
        {
            return null;
        }
        Interlocked.Increment(ref _trusted);
        return key;
    }

    public void Remember(string path, long length, long modified, string key)
    {
        if (Keeps)
        {
            _keys.Remember((path, length, modified), key);
        }
    }

    internal void Turn()
    {
        _keys.Turn();
        _trusted = 0;
    }

    /// <summary>Takes the stamps an earlier build saved in <paramref name="path"/> (none if it cannot be read).</summary>
    public void Load(string path)
    {
        var saved = SavedEntries.Load(path);
        var stamps = new Dictionary<(string, long, long), string>(saved.Count);
        foreach (var (file, value) in saved.Entries)
        {
            using var reader = CacheReader.Over(value);
            stamps[(file, reader.ReadInt64(), reader.ReadInt64())] = reader.ReadString();
        }
        saved.Release(); // every stamp was copied out
        _keys.Reset(stamps);
    }

    /// <summary>Saves this build's stamps of files modified before <paramref name="began"/> (UTC) less a margin.</summary>
    public void Save(string path, DateTime began)
    {
        var settled = (began - Settled).Ticks;
        SavedEntries.Save(path, [.. _keys.Next.Where(stamp => stamp.Key.Modified < settled).Select(stamp =>
            KeyValuePair.Create<string, Action<BinaryWriter>>(stamp.Key.Path, writer =>
            {
                writer.Write(stamp.Key.Length);
                writer.Write(stamp.Key.Modified);
                writer.Write(stamp.Value);
            }))]);
    }
}
