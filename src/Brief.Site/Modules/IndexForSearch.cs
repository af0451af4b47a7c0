using System.Collections.Immutable;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Site.Incremental;
using Brief.Site.Search;

namespace Brief.Site.Modules;

/// <summary>
/// Plans the site's search index (<see cref="SearchIndex"/>) from the text the render pass took from each body's
/// syntax tree: the documents it holds, in page-number order, each with the key of its entry (its body's key and its
/// front matter, which names everything an entry follows from), and the index's version, a fingerprint of those
/// keys: the files of the index follow from the entries alone, so the version changes whenever any file would. The
/// search page needs only the version; the index itself is made in the Output phase (<see cref="BuildSearchIndex"/>),
/// beside the pages being laid out. Nothing is planned in a check, or when the build is asked for no search.
/// </summary>
public sealed class IndexForSearch : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (!context.Setting(SiteKeys.Options).Search || !context.Setting(SiteKeys.WriteOutput))
        {
            return [];
        }
        var catalog = context.OutputsOf(SitePipelines.Catalog).Single().Get(SiteKeys.Catalog);
        var plan = context.OutputsOf(SitePipelines.Render).OrderBy(d => d.Get(SiteKeys.Item).Source, StringComparer.Ordinal)
            .Select(body => (Body: body, Key: Fingerprint.Joined("search", body.Get(SiteKeys.BodyKey),
                catalog.FrontMatterKeys.GetValueOrDefault(body.Get(SiteKeys.Item).Id))))
            .ToList();
        // the version changes with any file of the index, so a browser never mixes files of two builds
        var version = Fingerprint.Of([.. plan.Select(p => p.Key)]);
        return [Document.Create(null).With(SiteKeys.SearchPlan, plan).With(SiteKeys.SearchVersion, version)];
    }
}
