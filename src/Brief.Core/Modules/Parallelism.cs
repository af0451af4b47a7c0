namespace Brief.Core.Modules;

/// <summary>
/// Independent work over every core, with results in input order: the one way modules go parallel. Items are handed
/// out a few at a time as cores come free, so a few big documents early in the input do not pile up on one core.
/// </summary>
/// <remarks>
/// <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/> writing into an array by index, not PLINQ:
/// it keeps order without a merge step, and PLINQ is not free of native-AOT warnings (the published
/// <c>brief</c> is compiled ahead of time, see bench/README.md).
/// </remarks>
public static class Parallelism
{
    /// <summary><paramref name="map"/> of every item, in the order of <paramref name="items"/>. Cancellation throws
    /// <see cref="OperationCanceledException"/>; an exception from <paramref name="map"/> comes out wrapped in an
    /// <see cref="AggregateException"/>, as from any parallel loop.</summary>
    public static TOut[] Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(map);
        var results = new TOut[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = map(items[i]));
        return results;
    }

    /// <summary>Every item's results from <paramref name="map"/>, concatenated in the order of <paramref name="items"/>.</summary>
    public static TOut[] MapMany<TIn, TOut>(
        IReadOnlyList<TIn> items, Func<TIn, IEnumerable<TOut>> map, CancellationToken cancellationToken = default) =>
        [.. Map(items, item => map(item).ToArray(), cancellationToken).SelectMany(results => results)];
}
