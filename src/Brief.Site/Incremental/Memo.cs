using System.Diagnostics.CodeAnalysis;

namespace Brief.Site.Incremental;

/// <summary>
/// A cache for one purpose: values made from inputs that a key (a fingerprint of everything the value follows from)
/// names. In a cache kept across builds (brief serve) a value is made once and taken again while its key stays the
/// same; what a build did not use is forgotten when it ends. In a cache for one build, nothing is kept and every
/// value is made when asked for.
/// </summary>
public sealed class Memo<TValue>(bool keeps) where TValue : class
{
    private readonly Generations<string, TValue> _values = new(StringComparer.Ordinal);

    /// <summary>Whether values are kept for the next build.</summary>
    public bool Keeps { get; } = keeps;

    public bool TryGet(string key, [NotNullWhen(true)] out TValue? value)
    {
        value = null;
        return Keeps && _values.TryGet(key, out value);
    }

    public void Remember(string key, TValue value)
    {
        if (Keeps)
        {
            _values.Remember(key, value);
        }
    }

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

    /// <summary>Ends a build: what it used is what the next one starts from.</summary>
    internal void Turn() => _values.Turn();
}
