using System.Collections.Immutable;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;

namespace Brief.Site.Modules;

/// <summary>Reports the diagnostics each document carries (<see cref="SiteKeys.Diagnostics"/>), whether it was made now or taken from a
/// cache.</summary>
public sealed class ReportDiagnostics : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        foreach (var document in inputs)
        {
            if (document.TryGet(SiteKeys.Diagnostics, out var diagnostics))
            {
                foreach (var diagnostic in diagnostics)
                {
                    context.Diagnostics.Add(diagnostic);
                }
            }
        }
        return inputs;
    }
}
