using System.Collections.Immutable;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;

namespace Brief.Core.Pipelines;

/// <summary>
/// Runs pipelines phase by phase (Statiq's model, Engine.GetPipelinePhases). Each pipeline's phases run in
/// order; a Process phase starts when its own Input and its dependencies' Process phases are done; every
/// PostProcess phase waits for all Process phases; Output runs after all PostProcess phases, and only if the
/// run has no errors, so bad content never produces a half-written site. Independent phases run in parallel.
/// Deployment pipelines' Output phases run last, one at a time in dependency order (see <see cref="Pipeline.Deployment"/>).
/// </summary>
public sealed class Engine
{
    private readonly ImmutableArray<Pipeline> _pipelines;
    private readonly Dictionary<string, ImmutableHashSet<string>> _dependencies;

    public Engine(IEnumerable<Pipeline> pipelines)
    {
        _pipelines = [.. pipelines];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pipeline in _pipelines)
        {
            if (!names.Add(pipeline.Name))
            {
                throw new ArgumentException($"Two pipelines are named '{pipeline.Name}'.", nameof(pipelines));
            }
        }
        foreach (var dependency in _pipelines.SelectMany(p => p.DependsOn.Select(d => (p.Name, d))))
        {
            if (!names.Contains(dependency.d))
            {
                throw new ArgumentException($"Pipeline '{dependency.Name}' depends on unknown pipeline '{dependency.d}'.", nameof(pipelines));
            }
        }
        _dependencies = _pipelines.ToDictionary(p => p.Name, p => TransitiveDependencies(p.Name, []), StringComparer.Ordinal);
    }

    public IReadOnlyList<Pipeline> Pipelines => _pipelines;

    /// <summary>Runs every phase up to and including <paramref name="lastPhase"/>.</summary>
    public async Task<PhaseOutputs> ExecuteAsync(
        Metadata settings, DiagnosticBag diagnostics, Phase lastPhase = Phase.Output, CancellationToken cancellationToken = default)
    {
        var outputs = new PhaseOutputs(_dependencies);
        var process = new Dictionary<string, Task>(StringComparer.Ordinal);
        var input = _pipelines.ToDictionary(
            p => p.Name, p => Task.Run(() => RunPhase(p, Phase.Input, [], settings, diagnostics, outputs, cancellationToken), cancellationToken));
        if (lastPhase == Phase.Input)
        {
            await Task.WhenAll(input.Values).ConfigureAwait(false);
            return outputs;
        }

        foreach (var pipeline in TopologicalOrder())
        {
            var waitFor = pipeline.DependsOn.Select(d => process[d]).Append(input[pipeline.Name]).ToArray();
            // A failed dependency fails this phase with its exception (not a cancellation), so the first failure surfaces.
            process[pipeline.Name] = Task.Run(async () =>
            {
                await Task.WhenAll(waitFor).ConfigureAwait(false);
                RunPhase(pipeline, Phase.Process, outputs.Get(pipeline.Name, Phase.Input), settings, diagnostics, outputs, cancellationToken);
            }, cancellationToken);
        }
        await Task.WhenAll(process.Values).ConfigureAwait(false);
        if (lastPhase == Phase.Process)
        {
            return outputs;
        }

        await Task.WhenAll(_pipelines.Select(p => Task.Run(
            () => RunPhase(p, Phase.PostProcess, outputs.Get(p.Name, Phase.Process), settings, diagnostics, outputs, cancellationToken),
            cancellationToken))).ConfigureAwait(false);
        if (lastPhase == Phase.PostProcess || diagnostics.HasErrors)
        {
            return outputs;
        }

        await Task.WhenAll(_pipelines.Where(p => !p.Deployment).Select(p => Task.Run(
            () => RunPhase(p, Phase.Output, outputs.Get(p.Name, Phase.PostProcess), settings, diagnostics, outputs, cancellationToken),
            cancellationToken))).ConfigureAwait(false);
        foreach (var pipeline in TopologicalOrder().Where(p => p.Deployment))
        {
            if (diagnostics.HasErrors)
            {
                break;
            }
            await Task.Run(() => RunPhase(pipeline, Phase.Output, outputs.Get(pipeline.Name, Phase.PostProcess), settings, diagnostics, outputs,
                cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        return outputs;
    }

    private static void RunPhase(
        Pipeline pipeline, Phase phase, ImmutableArray<Document> documents, Metadata settings,
        DiagnosticBag diagnostics, PhaseOutputs outputs, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var context = new PipelineContext(pipeline, phase, settings, diagnostics, outputs, cancellationToken);
        foreach (var module in pipeline.ModulesOf(phase))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                documents = module.Execute(documents, context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new PipelineException(pipeline.Name, phase, module.GetType().Name, exception);
            }
        }
        outputs.Set(pipeline.Name, phase, documents, clock.Elapsed);
    }

    private IEnumerable<Pipeline> TopologicalOrder()
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var byName = _pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var order = new List<Pipeline>();
        void Visit(Pipeline pipeline)
        {
            if (!done.Add(pipeline.Name))
            {
                return;
            }
            foreach (var dependency in pipeline.DependsOn)
            {
                Visit(byName[dependency]);
            }
            order.Add(pipeline);
        }
        foreach (var pipeline in _pipelines)
        {
            Visit(pipeline);
        }
        return order;
    }

    private ImmutableHashSet<string> TransitiveDependencies(string name, ImmutableStack<string> path)
    {
        if (path.Contains(name))
        {
            throw new ArgumentException($"Pipeline dependencies form a cycle: {string.Join(" -> ", path.Reverse().Append(name))}.");
        }
        var pipeline = _pipelines.First(p => p.Name == name);
        return pipeline.DependsOn
            .Aggregate(ImmutableHashSet.Create(StringComparer.Ordinal, [.. pipeline.DependsOn]),
                (all, dependency) => all.Union(TransitiveDependencies(dependency, path.Push(name))));
    }
}
