namespace Brief.Core.Pipelines;

/// <summary>
/// The four phases of every pipeline (Statiq's model). Input: read. Process: per-document work, after the
/// process phases of the pipelines depended on. PostProcess: cross-document work, after every process phase.
/// Output: writing, after every post-process phase and only when the run has no errors.
/// </summary>
public enum Phase
{
    Input,
    Process,
    PostProcess,
    Output,
}
