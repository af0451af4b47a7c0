using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Brief.Site.Incremental;

/// <summary>
/// What the last build made and what this build makes, by key: a lookup finds either and carries the entry into
/// this build's generation; when the build ends, this generation becomes the last, and what it did not use is gone.
/// </summary>
internal sealed class Generations<TKey, TValue>(IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private ConcurrentDictionary<TKey, TValue> _last = new(comparer);
    private ConcurrentDictionary<TKey, TValue> _next = new(comparer);

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_last.TryGetValue(key, out value) || _next.TryGetValue(key, out value))
        {
            _next[key] = value;
            return true;
        }
        return false;
    }

    public void Remember(TKey key, TValue value) => _next[key] = value;

    /// <summary>The last generation only (what an earlier build left), without carrying anything over.</summary>
    public bool TryGetLast(TKey key, [MaybeNullWhen(false)] out TValue value) => _last.TryGetValue(key, out value);

    public IReadOnlyDictionary<TKey, TValue> Last => _last;

    /// <summary>This build's generation so far.</summary>
    public IReadOnlyDictionary<TKey, TValue> Next => _next;

    /// <summary>Ends a build: keep this generation (or, if <paramref name="keep"/> is false, the last one), start afresh.</summary>
    public void Turn(bool keep = true)
    {
        if (keep)
        {
            _last = _next;
        }
        _next = Sized(_last.Count, _last.Comparer);
    }

    // a build mostly carries over what the last one made: sized for that, the table does not grow (under all its locks) as it fills
    private static ConcurrentDictionary<TKey, TValue> Sized(int count, IEqualityComparer<TKey> comparer) =>
        new(Environment.ProcessorCount, Math.Max(31, count + count / 8), comparer);

    /// <summary>Forgets both generations (or starts from <paramref name="last"/>).</summary>
    public void Reset(IDictionary<TKey, TValue>? last = null)
    {
        _last = last is null ? new(_last.Comparer) : new(last, _last.Comparer);
        _next = Sized(_last.Count, _last.Comparer);
    }
}
