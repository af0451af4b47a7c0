using System.Collections.Immutable;
using Brief.Content.Model;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Markdown.Rendering;
using Brief.Site.Incremental;
using Brief.Site.Links;
using Brief.Site.Model;
using Brief.Site.Search;
using Brief.Site.Theme;
using Scriban.Runtime;
using static Brief.Site.Theme.Views;

namespace Brief.Site.Modules;

/// <summary>
/// Lays out every page of the site with the theme: one per document, the indexes (explainers, options with the
/// comparison matrix, glossary A–Z, sources, timeline), the home page and a printable page per brief. Runs in
/// post-process, when every body is rendered, so "Referenced by" is complete. Each page is laid out when it is
/// written (<see cref="WritePages"/>): its model is built, rendered into its file and dropped, so no page waits
/// in memory.
/// </summary>
public sealed class RenderPages : IModule
{
    /// <param name="Shows">The one document whose body the page shows, if it shows one.</param>
    /// <param name="ShowsKinds">The kinds of document whose bodies a page that gathers many shows; null for every kind.</param>
    /// <param name="Also">Anything else the page's model is made from (the search page: the index's version).</param>
    private sealed record PageSpec(string Layout, string Path, string Section, Func<ScriptObject> Page, string? Shows = null, ContentKind[]? ShowsKinds = null,
        string? Also = null);

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = context.OutputsOf(SitePipelines.Catalog).Single().Get(SiteKeys.Catalog);
        var bodies = context.OutputsOf(SitePipelines.Render);
        var rendered = bodies.ToDictionary(d => d.Get(SiteKeys.Item).Id, d => d.Get(SiteKeys.Rendered), StringComparer.Ordinal);
        var bodyKeys = bodies.ToDictionary(d => d.Get(SiteKeys.Item).Id, d => d.Get(SiteKeys.BodyKey), StringComparer.Ordinal);
        var theme = context.Setting(SiteKeys.Theme);
        var cache = context.Setting(SiteKeys.Cache);
        var (everything, bodiesOf) = InputKeys(catalog, rendered, bodyKeys, theme);
        // who refers to whom follows from what everything but the bodies says, and so does what is related
        var views = new Views(catalog, cache.Kept(Fingerprint.Of("references", everything), () => References.Build(catalog, rendered)), rendered);
        var related = new Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>>(() => cache.Kept(Fingerprint.Of("related", everything), () => Related.Build(catalog, rendered)));
        var diagnostics = context.Diagnostics;
        IEnumerable<Document> printCss = theme.Has(PrintStylesheet.Layout) ? views.Manifests().Select(m => PrintStylesheet.Of(m, views, theme, diagnostics)) : [];
        return [.. printCss, .. Pages(catalog, views, related, everything, context).Where(spec => theme.Has(spec.Layout)).Select(spec =>
        {
            var inputs = Fingerprint.Of([everything, spec.Layout, spec.Path, spec.Also,
                .. spec.Shows is { } id ? [bodyKeys[id]] : spec.ShowsKinds is { } kinds ? kinds.Select(k => bodiesOf[k]) : bodiesOf.Values]);
            var canonical = spec.Layout == "notfound" ? null : catalog.Urls.Absolute(spec.Path);
            var page = new PageJob(spec.Layout, () => Obj(("site", views.Site(spec.Section)), ("page", spec.Page()), ("canonical", canonical)), inputs,
                ByInputs: spec.Layout == "brief");
            return Document.Create(null, Urls.FileOf(spec.Path), DocumentContent.Deferred(writer => theme.Render(page.Layout, page.Model(), writer, diagnostics)))
                .With(SiteKeys.Page, page);
        })];
    }

    /// <summary>
    /// What page models are built from: everything but the bodies (the theme, the catalog, every document's front
    /// matter, and who links to whom and uses which term), and the bodies of each kind of document. A page depends
    /// on the first, and on the bodies it shows.
    /// </summary>
    private static (string Everything, SortedDictionary<ContentKind, string> BodiesOf) InputKeys(
        Catalog catalog, IReadOnlyDictionary<string, RenderResult> rendered, IReadOnlyDictionary<string, string> bodyKeys, ThemeTemplates theme)
    {
        using var everything = new Fingerprint();
        var bodies = Enum.GetValues<ContentKind>().ToDictionary(k => k, _ => new Fingerprint());
        everything.Add(theme.Key).Add(catalog.Key);
        foreach (var id in catalog.Items.Keys.Order(StringComparer.Ordinal))
        {
            everything.Add(id).Add(catalog.FrontMatterKeys[id]);
            if (rendered.TryGetValue(id, out var result))
            {
                foreach (var target in result.LinkedIds)
                {
                    everything.Add("link").Add(target);
                }
                foreach (var term in result.TermIds)
                {
                    everything.Add("term").Add(term);
                }
            }
            bodies[catalog.Items[id].Kind].Add(id).Add(bodyKeys.GetValueOrDefault(id));
        }
        var bodiesOf = new SortedDictionary<ContentKind, string>();
        foreach (var (kind, fingerprint) in bodies)
        {
            bodiesOf[kind] = fingerprint.Finish();
            fingerprint.Dispose();
        }
        return (everything.Finish(), bodiesOf);
    }

    /// <param name="inputs">What every page's model is built from but the bodies (see <see cref="InputKeys"/>).</param>
    private static IEnumerable<PageSpec> Pages(Catalog catalog, Views views, Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> related, string inputs, PipelineContext context)
    {
        var urls = catalog.Urls;
        // the big single pages first, so that they overlap with the many small ones on the other core
        foreach (var manifest in views.Manifests())
        {
            yield return new PageSpec("brief", $"briefs/{manifest.Name}/", "", () =>
            {
                var page = new BriefView(views, context.Setting(SiteKeys.Theme), inputs, context.Diagnostics, context.Setting(SiteKeys.Cache)).Build(manifest);
                page["url"] = urls.To($"briefs/{manifest.Name}/");
                page["print_css_url"] = urls.To($"briefs/{manifest.Name}/print.css");
                return page;
            });
        }
        yield return new PageSpec("home", "", "", () => Home(catalog, views, context), ShowsKinds: [ContentKind.Home]);
        yield return new PageSpec("notfound", "404.html", "", () => Obj(("title", "Page not found"), ("summary", null)), ShowsKinds: []);
        var options = context.Setting(SiteKeys.Options);
        // the index's version names its files afresh for browsers that kept an older index
        var version = context.OutputsOf(SitePipelines.Search).FirstOrDefault(d => d.TryGet(SiteKeys.SearchVersion, out _))?.Get(SiteKeys.SearchVersion);
        yield return new PageSpec("search", "search/", "search", () => Obj(("title", "Search"), ("summary", null), ("url", urls.To("search/")),
            ("index", version is null ? null : Obj(("url", urls.Folder(SearchIndex.Folder)), ("version", version[..16]), ("root", urls.Folder("")),
                ("offline", options.Offline)))),
            ShowsKinds: [], Also: version);
        yield return new PageSpec("explainers", "explainers/", "explainers", () => Index("Explainers", views, catalog.Ordered<Explainer>()), ShowsKinds: []);
        yield return new PageSpec("options", "options/", "options", () =>
        {
            var options = catalog.Ordered<OptionCard>();
            var page = Index("Options", views, options, views.OptionSummary);
            page["matrix"] = views.Matrix(options);
            page["authorities"] = views.Authorities(options);
            return page;
        }, ShowsKinds: []);
        yield return new PageSpec("glossary", "glossary/", "glossary", () =>
        {
            var terms = catalog.All<GlossaryTerm>().OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
            var page = Index("Glossary", views, terms, views.TermSummary);
            page["letters"] = Array(terms.GroupBy(t => Letter(t.Term)).OrderBy(g => g.Key, StringComparer.Ordinal),
                g => Obj(("letter", g.Key), ("anchor", g.Key == "#" ? "other" : g.Key.ToLowerInvariant()), ("items", Array(g, views.TermSummary))));
            return page;
        }, ShowsKinds: [ContentKind.Term]);
        yield return new PageSpec("sources", "sources/", "sources", () =>
            Index("Sources", views, catalog.All<SourceEntry>().OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal).ToList(), views.Source),
            ShowsKinds: [ContentKind.Source]);
        yield return new PageSpec("timeline", "timeline/", "timeline", () => Index("Timeline", views, catalog.Chronology(), views.Event),
            ShowsKinds: [ContentKind.Event]);
        var sequence = Sequences(catalog);
        foreach (var item in catalog.Items.Values.OrderBy(i => i.Source, StringComparer.Ordinal))
        {
            var path = Urls.PathOf(item);
            switch (item)
            {
                case Explainer explainer:
                    yield return new PageSpec("explainer", path, "explainers", () => WithRelated(Pager(views.Page(explainer), explainer, sequence, views), explainer, related.Value, views), explainer.Id);
                    break;
                case OptionCard option:
                    yield return new PageSpec("option", path, "options", () => WithRelated(Pager(views.Option(option), option, sequence, views), option, related.Value, views), option.Id);
                    break;
                case GlossaryTerm term:
                    yield return new PageSpec("term", path, "glossary", () => Pager(views.Term(term), term, sequence, views), term.Id);
                    break;
                case SourceEntry source:
                    yield return new PageSpec("source", path, "sources", () => Pager(views.Source(source), source, sequence, views), source.Id);
                    break;
                case PlainPage page:
                    yield return new PageSpec("page", path, "", () => views.Page(page), page.Id);
                    break;
            }
        }
    }

    /// <summary>
    /// The order readers page through each type in, as its index lists it (explainers and options by their order,
    /// terms A–Z, sources by name): for every page, the one before and the one after.
    /// </summary>
    private static Dictionary<string, (ContentItem? Previous, ContentItem? Next)> Sequences(Catalog catalog)
    {
        IReadOnlyList<ContentItem>[] lists =
        [
            catalog.Ordered<Explainer>(), catalog.Ordered<OptionCard>(),
            catalog.All<GlossaryTerm>().OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id, StringComparer.Ordinal).ToList(),
            catalog.All<SourceEntry>().OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal).ToList(),
        ];
        var neighbours = new Dictionary<string, (ContentItem?, ContentItem?)>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                neighbours[list[i].Id] = (i > 0 ? list[i - 1] : null, i + 1 < list.Count ? list[i + 1] : null);
            }
        }
        return neighbours;
    }

    private static ScriptObject Pager(ScriptObject page, ContentItem item, Dictionary<string, (ContentItem? Previous, ContentItem? Next)> sequence, Views views)
    {
        var (previous, next) = sequence[item.Id];
        page["previous"] = previous is null ? null : views.Link(previous);
        page["next"] = next is null ? null : views.Link(next);
        return page;
    }

    private static ScriptObject WithRelated(ScriptObject page, ContentItem item, IReadOnlyDictionary<string, IReadOnlyList<string>> related, Views views)
    {
        page["related"] = Array(related.GetValueOrDefault(item.Id) ?? [], id => views.ListedLink(views.Catalog.Items[id]));
        return page;
    }

    private static ScriptObject Index<T>(string title, Views views, IReadOnlyList<T> items, Func<T, ScriptObject>? map = null) where T : ContentItem =>
        Obj(("title", title), ("summary", null), ("items", Array(items, map ?? views.ListedLink)));

    private static ScriptObject Home(Catalog catalog, Views views, PipelineContext context)
    {
        var home = catalog.All<HomePage>().FirstOrDefault();
        var page = home is null ? Obj(("title", catalog.Site.Title), ("summary", null), ("body_html", null), ("bluf_html", null), ("rest_html", null)) : views.Page(home);
        if (home is not null)
        {
            var parsed = catalog.Parsed[home.Id];
            var bluf = MarkdownRenderer.FirstSection(parsed);
            var options = new RenderOptions(new SiteLinkResolver(catalog, home), catalog.Glossary, home.File, context.Diagnostics);
            var syntax = parsed.Syntax; // one tree for both questions (a one-off build parses the body again on each ask)
            var headed = syntax.FirstOrDefault() is Markdig.Syntax.HeadingBlock;
            page["bluf_title"] = headed ? parsed.Headings[0].Text : "Bottom line up front";
            var blufHtml = MarkdownRenderer.Render(parsed, options with { IdPrefix = "bluf-" }, bluf).Html;
            page["bluf_html"] = blufHtml.IsEmpty ? null : blufHtml;
            page["rest_html"] = MarkdownRenderer.Render(parsed, options with { IdPrefix = "more-" }, syntax.Skip(bluf.Count + (headed ? 1 : 0))).Html;
        }
        page["title"] = catalog.Site.Title;
        page["options"] = Array(catalog.Ordered<OptionCard>(), views.OptionSummary);
        page["explainers"] = Array(catalog.Ordered<Explainer>(), views.Link);
        page["pages"] = Array(catalog.Ordered<PlainPage>(), views.Link);
        page["counts"] = Obj(("explainers", catalog.All<Explainer>().Count()), ("options", catalog.All<OptionCard>().Count()),
            ("terms", catalog.All<GlossaryTerm>().Count()), ("sources", catalog.All<SourceEntry>().Count()), ("events", catalog.All<TimelineEvent>().Count()));
        return page;
    }

    private static string Letter(string term) =>
        term.Length > 0 && char.IsAsciiLetter(term[0]) ? char.ToUpperInvariant(term[0]).ToString() : "#";
}
