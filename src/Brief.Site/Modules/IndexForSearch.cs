using System.Collections.Immutable;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Site.Incremental;
using Brief.Site.Search;

namespace Brief.Site.Modules;

/// <summary>
/// Makes the site's search index (<see cref="SearchIndex"/>) from the text the render pass took from each body's
/// syntax tree: one entry per document (kept in the build cache while its body, front matter and the glossary are
/// unchanged), then the shards, the index and a fragment per page. Every file carries the fingerprint of what it is
/// made from, so a rebuild links the files a change did not touch from the previous output instead of writing them.
/// Nothing is made in a check, or when the build is asked for no search.
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
        var cache = context.Setting(SiteKeys.Cache);
        var bodies = context.OutputsOf(SitePipelines.Render).OrderBy(d => d.Get(SiteKeys.Item).Source, StringComparer.Ordinal).ToArray();
        var entries = Parallelism.Map(bodies, body =>
        {
            var item = body.Get(SiteKeys.Item);
            var key = Fingerprint.Joined("search", body.Get(SiteKeys.BodyKey), catalog.FrontMatterKeys.GetValueOrDefault(item.Id));
            var entry = cache.SearchEntries.GetOrMake(key, () => SearchEntry.Of(item, body.Get(SiteKeys.SearchText),
                body.Get(SiteKeys.Rendered).TermIds, catalog));
            return (Entry: entry, Key: key);
        }, context.CancellationToken);
        var files = SearchIndex.Build([.. entries.Select(e => e.Entry)]);
        var fragments = entries.Select((e, number) => Document
            .Create(null, SearchIndex.FragmentPath(number), DocumentContent.Deferred(writer => SearchIndex.WriteTo(writer,
                SearchIndex.Fragment(number, e.Entry))))
            .With(SiteKeys.ContentKey, Fingerprint.Of(e.Key, number.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        // the version changes with any file of the index, so a browser never mixes files of two builds
        var version = Fingerprint.Of([.. files.Select(f => f.Key), .. fragments.Select(f => f.Get(SiteKeys.ContentKey))]);
        return [.. files.Select(file => Document.Create(null, file.Path, DocumentContent.Deferred(writer => SearchIndex.WriteTo(writer, file.Utf8)))
            .With(SiteKeys.ContentKey, file.Key)
            .With(SiteKeys.SearchVersion, version)), .. fragments];
    }
}
