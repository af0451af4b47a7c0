using System.Collections.Immutable;
using Brief.Core.Documents;
using Brief.Core.Pipelines;

namespace Brief.Core.Modules;

/// <summary>A module is one step: documents in, documents out. Modules hold no per-run state.</summary>
public interface IModule
{
    ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context);
}
