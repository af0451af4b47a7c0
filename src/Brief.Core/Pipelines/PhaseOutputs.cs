using System.Collections.Concurrent;
using System.Collections.Immutable;
using Brief.Core.Documents;

namespace Brief.Core.Pipelines;

/// <summary>
/// The results of finished phases and the rules for reading them, which keep concurrency honest:
/// in Process a pipeline reads only the process outputs of the pipelines it depends on (directly or not);
/// in PostProcess and Output it reads any pipeline's process outputs. Breaking a rule is a programming error.
/// </summary>
public sealed class PhaseOutputs(IReadOnlyDictionary<string, ImmutableHashSet<string>> transitiveDependencies)
{
    private readonly ConcurrentDictionary<(string Pipeline, Phase Phase), ImmutableArray<Document>> _results = new();

    private readonly ConcurrentDictionary<(string Pipeline, Phase Phase), TimeSpan> _timings = new();

    internal void Set(string pipeline, Phase phase, ImmutableArray<Document> documents, TimeSpan elapsed)
    {
        _results[(pipeline, phase)] = documents;
        _timings[(pipeline, phase)] = elapsed;
    }

    /// <summary>How long each phase of each pipeline took, for profiling (BRIEF_TRACE=1).</summary>
    public IReadOnlyDictionary<(string Pipeline, Phase Phase), TimeSpan> Timings => _timings;

    /// <summary>Whether the phase ran to its end.</summary>
    public bool Ran(string pipeline, Phase phase) => _timings.ContainsKey((pipeline, phase));

    /// <summary>The Output documents of every pipeline that has run its Output phase (deployment pipelines return what they were given).</summary>
    internal IReadOnlyList<Document> WrittenByAll() =>
        [.. transitiveDependencies.Keys.Order(StringComparer.Ordinal).SelectMany(p => Get(p, Phase.Output))];

    public ImmutableArray<Document> Get(string pipeline, Phase phase) =>
        _results.TryGetValue((pipeline, phase), out var documents) ? documents : [];

    internal IReadOnlyList<Document> Read(string reader, Phase readerPhase, string target)
    {
        if (!transitiveDependencies.ContainsKey(target))
        {
            throw new InvalidOperationException($"Pipeline '{reader}' asked for unknown pipeline '{target}'.");
        }
        var allowed = readerPhase switch
        {
            Phase.Input => false,
            Phase.Process => transitiveDependencies[reader].Contains(target),
            _ => true,
        };
        if (!allowed)
        {
            throw new InvalidOperationException(
                $"Pipeline '{reader}' may not read '{target}' in its {readerPhase} phase: declare the dependency, or read it in PostProcess.");
        }
        return _results.TryGetValue((target, Phase.Process), out var documents)
            ? documents
            : throw new InvalidOperationException($"Pipeline '{target}' has not finished its process phase.");
    }
}
