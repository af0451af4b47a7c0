using System.Collections.Immutable;
using Brief.Core.Modules;

namespace Brief.Core.Pipelines;

/// <summary>A named sequence of modules per phase, with the pipelines whose process outputs it reads.</summary>
public sealed record Pipeline(string Name)
{
    public ImmutableArray<string> DependsOn { get; init; } = [];

    /// <summary>
    /// A deployment pipeline (Statiq's term) acts on what the others wrote: its Output phase runs after every other
    /// pipeline's Output phase, one deployment pipeline at a time in dependency order, each only while the run has
    /// no errors, and it may read any pipeline's Output documents (what was written where).
    /// </summary>
    public bool Deployment { get; init; }
    public ImmutableArray<IModule> Input { get; init; } = [];
    public ImmutableArray<IModule> Process { get; init; } = [];
    public ImmutableArray<IModule> PostProcess { get; init; } = [];
    public ImmutableArray<IModule> Output { get; init; } = [];

    public ImmutableArray<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        Phase.Output => Output,
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };
}
