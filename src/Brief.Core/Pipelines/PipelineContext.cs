using Brief.Core.Diagnostics;
using Brief.Core.Documents;

namespace Brief.Core.Pipelines;

/// <summary>What a module sees while it runs: where it runs, the run's settings, diagnostics and the outputs it may read.</summary>
public sealed class PipelineContext(
    Pipeline pipeline, Phase phase, Metadata settings, DiagnosticBag diagnostics, PhaseOutputs outputs, CancellationToken cancellationToken)
{
    public string Pipeline { get; } = pipeline.Name;
    public Phase Phase { get; } = phase;

    /// <summary>Run-wide settings, in Statiq's sense: defaults every module can read.</summary>
    public Metadata Settings { get; } = settings;

    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The documents another pipeline produced, within the read rules of <see cref="PhaseOutputs"/>.</summary>
    public IReadOnlyList<Documents.Document> OutputsOf(string pipelineName) => outputs.Read(Pipeline, Phase, pipelineName);

    /// <summary>
    /// What another pipeline's Output phase returned (the files it wrote): only a deployment pipeline may ask, in
    /// its own Output phase, when every other pipeline's Output phase is done.
    /// </summary>
    public IReadOnlyList<Documents.Document> WrittenBy(string pipelineName) =>
        pipeline.Deployment && Phase == Phase.Output
            ? outputs.Get(pipelineName, Phase.Output)
            : throw new InvalidOperationException($"Pipeline '{Pipeline}' may not read what '{pipelineName}' wrote: only a deployment pipeline " +
                "may, in its Output phase.");

    /// <summary>Every file written so far: the Output documents of every pipeline whose Output phase is done (see <see cref="WrittenBy"/>).</summary>
    public IReadOnlyList<Documents.Document> Written() =>
        pipeline.Deployment && Phase == Phase.Output
            ? outputs.WrittenByAll()
            : throw new InvalidOperationException($"Pipeline '{Pipeline}' may not read what was written: only a deployment pipeline may, in its " +
                "Output phase.");

    public T Setting<T>(Key<T> key) where T : notnull => Settings.Get(key);
}
