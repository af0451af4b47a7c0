using System.Collections.Immutable;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;

namespace Brief.Site.Modules;

/// <summary>
/// Saves what the published build wrote, page by page, and what it read, rendered and indexed, file by file,
/// into the cache folder (<c>--cache</c>), so the next <c>brief build</c> redoes only what a change affects. Runs after
/// the site is published, never for a failed build; brief serve keeps its cache in memory and saves nothing.
/// </summary>
public sealed class SaveBuildCache : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (context.Setting(SiteKeys.Mode).IsBuild() && context.Setting(SiteKeys.Options).CacheFolder is { } folder)
        {
            context.Setting(SiteKeys.Cache).Save(folder);
        }
        return inputs;
    }
}
