using System.Collections.Immutable;
using Brief.Core.Modules;

namespace Brief.Core.Pipelines;

/// <summary>A named sequence of modules per phase, with the pipelines whose process outputs it reads.</summary>
public sealed record Pipeline(string Name)
{
    public ImmutableArray<string> DependsOn { get; init; } = [];
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
