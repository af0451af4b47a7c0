namespace Brief.Corpus;

/// <summary>
/// SplitMix64: a tiny, fully specified PRNG, so a corpus is byte-identical across runs, machines and .NET versions
/// (System.Random's algorithm is not a contract). Every page draws from its own stream, <see cref="For"/>.
/// </summary>
public sealed class Rng(ulong state)
{
    private ulong _state = state;

    public static Rng For(ulong seed, string stream, int index)
    {
        var h = Mix(seed);
        foreach (var c in stream)
        {
            h = Mix(h ^ c);
        }
        return new Rng(Mix(h ^ (ulong)index));
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    public ulong Next() => _state = Mix(_state);

    /// <summary>0 ≤ result &lt; n.</summary>
    public int Below(int n) => (int)(Next() % (ulong)n);

    /// <summary>lo ≤ result ≤ hi.</summary>
    public int Between(int lo, int hi) => lo + Below(hi - lo + 1);

    public bool Chance(double p) => (Next() >> 11) * (1.0 / (1UL << 53)) < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>k distinct items, in the order drawn.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int k)
    {
        var picked = new List<T>();
        while (picked.Count < Math.Min(k, items.Count))
        {
            var item = Pick(items);
            if (!picked.Contains(item))
            {
                picked.Add(item);
            }
        }
        return picked;
    }
}
