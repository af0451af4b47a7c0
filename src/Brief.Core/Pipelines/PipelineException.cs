namespace Brief.Core.Pipelines;

/// <summary>A module failed: a bug in brief or its theme, never a content error (those are diagnostics).</summary>
public sealed class PipelineException(string pipeline, Phase phase, string module, Exception inner)
    : Exception($"Module {module} failed in the {phase} phase of pipeline '{pipeline}': {inner.Message}", inner)
{
    public string Pipeline { get; } = pipeline;
    public Phase Phase { get; } = phase;
    public string Module { get; } = module;
}
