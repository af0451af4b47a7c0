using Brief.Core.Diagnostics;
using Brief.Core.Documents;

namespace Brief.Core.Pipelines;

/// <summary>What a module sees while it runs: where it runs, the run's settings, diagnostics and the outputs it may read.</summary>
public sealed class PipelineContext(
    string pipeline, Phase phase, Metadata settings, DiagnosticBag diagnostics, PhaseOutputs outputs, CancellationToken cancellationToken)
{
    public string Pipeline { get; } = pipeline;
    public Phase Phase { get; } = phase;

    /// <summary>Run-wide settings, in Statiq's sense: defaults every module can read.</summary>
    public Metadata Settings { get; } = settings;

    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The documents another pipeline produced, within the read rules of <see cref="PhaseOutputs"/>.</summary>
    public IReadOnlyList<Documents.Document> OutputsOf(string pipelineName) => outputs.Read(Pipeline, Phase, pipelineName);

    public T Setting<T>(Key<T> key) where T : notnull => Settings.Get(key);
}
