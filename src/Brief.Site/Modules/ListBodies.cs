using System.Collections.Immutable;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Site.Incremental;
using Brief.Site.Links;

namespace Brief.Site.Modules;

/// <summary>
/// One document per published document of the catalog, by file, to render: each with the fingerprint of everything
/// rendering its body reads (<see cref="SiteKeys.BodyKey"/>: the catalog's key, the file, the rules of the page that
/// shows it, and whether its search text is wanted), which the body cache is keyed by and page inputs are made from.
/// </summary>
public sealed class ListBodies : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = context.OutputsOf(SitePipelines.Catalog).Single().Get(SiteKeys.Catalog);
        var searched = RenderBody.TakesSearchText(context);
        return [.. catalog.ByFile().Select(item => Document.Create(item.Source).With(SiteKeys.Item, item).With(SiteKeys.BodyKey,
            Fingerprint.Joined(catalog.Key, catalog.SourceKeys[item.Id], BodyRendering.PagePrefix(item), BodyRendering.SelfTerm(item),
                searched ? "search" : "")))];
    }
}
