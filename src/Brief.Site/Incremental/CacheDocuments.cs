using System.Collections.Immutable;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;

namespace Brief.Site.Incremental;

/// <summary>
/// Wraps a module with a cache of its output documents (Statiq's CacheDocuments): each input names, under
/// <paramref name="key"/>, the fingerprint of everything the wrapped module reads to make its outputs for it; inputs
/// whose key the cache holds are not given to the module, and their outputs come from the cache. The module sees
/// only the rest, in one batch (a parallel module stays parallel), and each output it makes carries its input's key.
/// Keys are unique: two inputs with the same key are a programming error. An output taken from the cache carries its
/// input's metadata under its own, so a cache saved on disk need not save what the input already says (a body's document).
/// Outputs keep their input's order; an input for which the module makes no output, or several, is given to it again
/// at every build. What the wrapped module reports must travel on its outputs
/// (<see cref="SiteKeys.Diagnostics"/>), not go to the run's diagnostics, or a cached output would lose it.
/// </summary>
public sealed class CacheDocuments(Key<string> key, Func<BuildCache, Memo<Document>> memo, IModule module) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var cache = memo(context.Setting(SiteKeys.Cache));
        if (!cache.Keeps)
        {
            return module.Execute(inputs, context);
        }
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (!inputs.All(d => keys.Add(d.Get(key))))
        {
            throw new InvalidOperationException(
                $"Two documents given to the cache around {module.GetType().Name} have the same key: a key names one document's inputs.");
        }
        // in parallel: a cache loaded from disk decodes what it finds
        var kept = Parallelism.Map(inputs, d => cache.TryGet(d.Get(key), out var found) ? found : null, context.CancellationToken);
        var misses = inputs.Where((_, i) => kept[i] is null).ToImmutableArray();
        var made = module.Execute(misses, context).ToLookup(d => d.Get(key), StringComparer.Ordinal);
        foreach (var group in made)
        {
            if (group.Count() == 1)
            {
                cache.Remember(group.Key, group.First());
            }
        }
        return [.. inputs.SelectMany((d, i) => kept[i] is { } document ? [document with { Metadata = d.Metadata.With(document.Metadata) }]
            : made[d.Get(key)])];
    }
}
