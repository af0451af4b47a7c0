using System.Collections.Immutable;
using Brief.Core.Documents;
using Brief.Core.Pipelines;

namespace Brief.Core.Modules;

/// <summary>Small general-purpose modules, for composing pipelines and for tests.</summary>
public static class Modules
{
    /// <summary>A module from a function over the whole sequence.</summary>
    public static IModule Of(Func<ImmutableArray<Document>, PipelineContext, IEnumerable<Document>> execute) =>
        new DelegateModule(execute);

    private sealed class DelegateModule(Func<ImmutableArray<Document>, PipelineContext, IEnumerable<Document>> execute) : IModule
    {
        public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
            [.. execute(inputs, context)];
    }
}
