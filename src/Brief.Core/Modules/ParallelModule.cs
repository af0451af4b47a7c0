using System.Collections.Immutable;
using Brief.Core.Documents;
using Brief.Core.Pipelines;

namespace Brief.Core.Modules;

/// <summary>
/// A module whose work is independent per document: runs on every core, keeps the input order. Documents are
/// handed out one small chunk at a time, so a few big documents early in the input do not pile up on one core.
/// </summary>
public abstract class ParallelModule : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) =>
        inputs.Length switch
        {
            0 => [],
            1 => [.. ExecuteDocument(inputs[0], context)],
            _ => [.. Parallelism.MapMany(inputs, document => ExecuteDocument(document, context), context.CancellationToken)],
        };

    protected abstract IEnumerable<Document> ExecuteDocument(Document input, PipelineContext context);
}
