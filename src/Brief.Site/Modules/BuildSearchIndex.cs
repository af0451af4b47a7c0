using System.Collections.Immutable;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Site.Incremental;
using Brief.Site.Search;

namespace Brief.Site.Modules;

/// <summary>
/// Makes the search index that <see cref="IndexForSearch"/> planned: one entry per document (kept in the build cache
/// while its key is unchanged), then the shards, the index and a fragment per page. Every file carries the fingerprint
/// of what it is made from, so a rebuild leaves the files a change did not touch where they are instead of writing them.
/// </summary>
public sealed class BuildSearchIndex : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (inputs.SingleOrDefault(d => d.TryGet(SiteKeys.SearchPlan, out _)) is not { } planned)
        {
            return inputs;
        }
        var catalog = context.OutputsOf(SitePipelines.Catalog).Single().Get(SiteKeys.Catalog);
        var cache = context.Setting(SiteKeys.Cache);
        var plan = planned.Get(SiteKeys.SearchPlan);
        var entries = Parallelism.Map(plan, p => EntryOf(p.Body, p.Key, cache, catalog), context.CancellationToken);
        var files = SearchIndex.Build(entries);
        var fragments = entries.Select((entry, number) => Document
            .Create(null, SearchIndex.FragmentPath(number), DocumentContent.Deferred(writer => SearchIndex.WriteTo(writer,
                // an entry's text is its body's (a kept entry is saved without it): the same key names the same text
                SearchIndex.Fragment(number, entry with { Body = plan[number].Body.Get(SiteKeys.SearchText).Value }))))
            .With(SiteKeys.ContentKey, Fingerprint.Of(plan[number].Key, number.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return [.. files.Select(file => Document.Create(null, file.Path, DocumentContent.Deferred(writer => SearchIndex.WriteTo(writer, file.Utf8)))
            .With(SiteKeys.ContentKey, file.Key)), .. fragments];
    }

    private static SearchEntry EntryOf(Document body, string key, BuildCache cache, Model.Catalog catalog) =>
        cache.SearchEntries.GetOrMake(key, () =>
            SearchEntry.Of(body.Get(SiteKeys.Item), body.Get(SiteKeys.SearchText).Value, body.Get(SiteKeys.Rendered).TermIds, catalog));
}
