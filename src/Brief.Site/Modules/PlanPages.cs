using System.Collections.Immutable;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Site.Model;
using Brief.Site.Pages;
using Brief.Site.Theme;
using static Brief.Site.Theme.ScriptValues;

namespace Brief.Site.Modules;

/// <summary>
/// Plans every page of the site: one per document, the indexes, the home page, search and 404, and a printable page
/// per brief (each family in <c>Pages/</c>), with each brief's print stylesheet. Runs in post-process, when every
/// body is rendered, so "Referenced by" is complete. A page is a document with a deferred layout job
/// (<see cref="PageJob"/>): its model is built, laid out into its file and dropped when it is written
/// (<see cref="LayOutPages"/>), so no page waits in memory. A theme without a page's layout has no such page.
/// </summary>
public sealed class PlanPages : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = context.OutputsOf(SitePipelines.Catalog).Single().Get(SiteKeys.Catalog);
        var bodies = context.OutputsOf(SitePipelines.Render);
        var rendered = bodies.ToDictionary(d => d.Get(SiteKeys.Item).Id, d => d.Get(SiteKeys.Rendered), StringComparer.Ordinal);
        var bodyKeys = bodies.ToDictionary(d => d.Get(SiteKeys.Item).Id, d => d.Get(SiteKeys.BodyKey), StringComparer.Ordinal);
        var theme = context.Setting(SiteKeys.Theme);
        var cache = context.Setting(SiteKeys.Cache);
        var inputsOf = PageInputs.Compute(catalog, rendered, bodyKeys, theme);
        var everything = inputsOf.Everything;
        // who refers to whom follows from what everything but the bodies says, and so does what is related
        var views = new Views(catalog, cache.References.GetOrMake(everything, () => References.Build(catalog, rendered)), rendered);
        var related = new Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>>(
            () => cache.Related.GetOrMake(everything, () => Related.Build(catalog, rendered)));
        var planning = new PagePlanning(catalog, views, everything, related, context);
        var printCss = views.Manifests().Where(_ => theme.Has(PrintStylesheet.Layout))
            .Select(m => PrintStylesheet.Of(m, views, theme, context.Diagnostics,
                views.Banners.OfBrief(Pages.Brief.BriefContents.Of(m, views, everything, cache))));
        var memoCss = MemoPages.Memos(catalog).Where(_ => theme.Has(MemoStylesheet.Layout))
            .Select(m => MemoStylesheet.Of(m, views, theme, context.Diagnostics));
        // the big single pages first, so that they overlap with the many small ones on the other core
        IEnumerable<PlannedPage> pages = [.. BriefPages.Plan(planning), .. HomePages.Plan(planning), .. SitePages.Plan(planning),
            .. IndexPages.Plan(planning), .. MemoPages.Plan(planning),
            .. DocumentPages.Plan(planning)];
        return [.. printCss, .. memoCss, .. pages.Where(page => theme.Has(page.Layout)).Select(page => Job(page, inputsOf.Of(page), views, context))];
    }

    private static Document Job(PlannedPage page, string inputs, Views views, PipelineContext context)
    {
        var (theme, diagnostics) = (context.Setting(SiteKeys.Theme), context.Diagnostics);
        var canonical = page.Layout == "notfound" ? null : views.Catalog.Urls.Absolute(page.Path);
        var job = new PageJob(page.Layout, () =>
        {
            var model = page.Model();
            var banner = page.Banner is { } of ? of(model) : views.Banners.Of(model);
            // a page with a stylesheet of its own (a memo) names it; every other page has none
            var stylesheet = model.ContainsKey("stylesheet_url") ? model["stylesheet_url"] : null;
            return Obj(("site", views.Site(page.Section)), ("page", model), ("canonical", canonical), ("banner", banner),
                ("page_stylesheet", stylesheet));
        }, inputs, ByInputs: page.Layout == "brief");
        return Document.Create(null, Urls.FileOf(page.Path), DocumentContent.Deferred(writer => theme.Render(job.Layout, job.Model(), writer,
            diagnostics)))
            .With(SiteKeys.Page, job);
    }
}
