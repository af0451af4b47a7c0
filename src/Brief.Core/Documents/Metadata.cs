using System.Collections.Immutable;

namespace Brief.Core.Documents;

/// <summary>Immutable, typed metadata. Every change returns a new instance layered over the old one.</summary>
public sealed class Metadata
{
    public static readonly Metadata Empty = new([]);

    private readonly ImmutableDictionary<string, object> _values;

    private Metadata(ImmutableDictionary<string, object> values) => _values = values;

    public int Count => _values.Count;

    public bool Contains<T>(Key<T> key) where T : notnull => _values.ContainsKey(key.Name);

    public T Get<T>(Key<T> key) where T : notnull =>
        TryGet(key, out var value) ? value : throw new KeyNotFoundException($"Metadata has no '{key.Name}'.");

    public T GetOrDefault<T>(Key<T> key, T fallback) where T : notnull => TryGet(key, out var value) ? value : fallback;

    public bool TryGet<T>(Key<T> key, out T value) where T : notnull
    {
        if (_values.TryGetValue(key.Name, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }
        value = default!;
        return false;
    }

    public Metadata With<T>(Key<T> key, T value) where T : notnull => new(_values.SetItem(key.Name, value));

    /// <summary>This metadata with every value of <paramref name="over"/> laid over it (a value of <paramref name="over"/> wins).</summary>
    public Metadata With(Metadata over) => over.Count == 0 ? this : Count == 0 ? over : new(_values.SetItems(over._values));
}
