using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Brief.Site.Incremental.Saved;

namespace Brief.Site.Incremental;

/// <summary>
/// A cache for one purpose: values made from inputs that a key (a fingerprint of everything the value follows from)
/// names. In a cache kept across builds (brief serve) a value is made once and taken again while its key stays the
/// same; what a build did not use is forgotten when it ends. In a cache for one build, nothing is kept and every
/// value is made when asked for. A cache with a <paramref name="codec"/> can also be saved in a cache folder and
/// loaded by the next <c>brief build</c> (<see cref="Load"/>, <see cref="Save"/>): a saved value is decoded when it is
/// first asked for, and saved again as the bytes it was read from.
/// </summary>
public sealed class Memo<TValue>(bool keeps, ICacheCodec<TValue>? codec = null) where TValue : class
{
    private readonly Generations<string, TValue> _values = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ReadOnlyMemory<byte>> _read = new(StringComparer.Ordinal);
    private SavedEntries _saved = SavedEntries.None;
    private NewEntries? _new; // a cache loaded from disk: what this build makes, written as it is made
    private int _kept;
    private int _made;

    /// <summary>Whether values are kept for the next build.</summary>
    public bool Keeps { get; } = keeps;

    public bool TryGet(string key, [NotNullWhen(true)] out TValue? value)
    {
        value = null;
        if (!Keeps)
        {
            return false;
        }
        if (_values.TryGet(key, out value))
        {
            Interlocked.Increment(ref _kept);
            return true;
        }
        if (codec is null || !_saved.TryGet(key, out var bytes))
        {
            return false;
        }
        using var reader = CacheReader.Over(bytes);
        try
        {
            value = codec.Read(reader);
        }
        catch (Exception exception) when (exception is EndOfStreamException or InvalidDataException or ArgumentException)
        {
            return false; // whole (its checksum matched) but not what this brief's codec reads: made again
        }
        _read[key] = bytes; // saved again as these bytes; not kept decoded, so a large build does not hold every value
        Interlocked.Increment(ref _kept);
        return true;
    }

    public void Remember(string key, TValue value)
    {
        if (Keeps && _new is not null)
        {
            _new.Add(key, writer => codec!.Write(writer, value));
        }
        else if (Keeps)
        {
            _values.Remember(key, value);
        }
        Interlocked.Increment(ref _made);
    }

    /// <summary>How many values this build took from the cache and how many it made, for the trace (BRIEF_TRACE=1).</summary>
    public (int Kept, int Made) Use => (_kept, _made);

    /// <summary>The value <paramref name="key"/> names, made by <paramref name="make"/> unless it is kept.</summary>
    public TValue GetOrMake(string key, Func<TValue> make)
    {
        if (TryGet(key, out var value))
        {
            return value;
        }
        value = make();
        Remember(key, value);
        return value;
    }

    /// <summary>Takes the values an earlier build saved in <paramref name="path"/> (none if it cannot be read).</summary>
    public void Load(string path)
    {
        if (codec is null)
        {
            return;
        }
        _saved = SavedEntries.Load(path);
        _new = new NewEntries(path);
    }

    /// <summary>
    /// Saves what this build used or made into <paramref name="path"/>, the file it was loaded from, for the next build to
    /// <see cref="Load"/>: what was taken from the file is saved as the bytes it was read from, or not written at all when
    /// only what this build made is appended to the file.
    /// </summary>
    public void Save(string path)
    {
        if (_new is null)
        {
            throw new InvalidOperationException("Only a cache loaded from disk is saved.");
        }
        _saved.Save(path, [.. _read], _new);
    }

    /// <summary>Ends a build: what it used is what the next one starts from.</summary>
    internal void Turn()
    {
        _values.Turn();
        _read.Clear();
        (_kept, _made) = (0, 0);
        _saved.Release(); // a loaded cache is read by one build: nothing decoded from it is used after the build ends
        _saved = SavedEntries.None;
        _new?.Dispose();
        _new = null;
    }
}
