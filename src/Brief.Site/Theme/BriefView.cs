using Brief.Content.Model;
using Brief.Markdown.Rendering;
using Brief.Site.Links;
using Brief.Site.Model;
using Scriban.Runtime;
using static Brief.Site.Theme.Views;

namespace Brief.Site.Theme;

/// <summary>
/// The printable brief of one manifest (mdBook's print page as a documented step): every included document is
/// rendered again into one page, its heading ids prefixed and its levels nested, links between included
/// documents turned into in-page anchors, and the glossary and sources narrowed to what the brief uses.
/// </summary>
/// <param name="inputs">The fingerprint of what the brief's models are built from but the bodies (see RenderPages).</param>
public sealed class BriefView(Views views, ThemeTemplates theme, string inputs, Core.Diagnostics.DiagnosticBag diagnostics, Incremental.BuildCache cache)
{
    private Catalog Catalog => views.Catalog;

    public static string Anchor(string id) => "b-" + id;

    public ScriptObject Build(BriefManifest manifest)
    {
        var kinds = manifest.Sections.Select(s => s.Value).ToList();
        var explainers = kinds.Any(s => s.Kind == "explainers")
            ? Catalog.Ordered<Explainer>()
            : [.. kinds.Where(s => s.Kind == "explainer").Select(s => Catalog.Find(s.Id!)).OfType<Explainer>()];
        var options = kinds.Any(s => s.Kind == "options")
            ? Catalog.Ordered<OptionCard>()
            : [.. kinds.Where(s => s.Kind == "option").Select(s => Catalog.Find(s.Id!)).OfType<OptionCard>()];
        var matrixOptions = options.IsEmpty ? Catalog.Ordered<OptionCard>() : options;
        var home = Catalog.All<HomePage>().FirstOrDefault();
        var events = kinds.Any(s => s.Kind == "timeline") ? Catalog.Chronology() : [];
        ContentItem[] included = [.. explainers, .. options, .. events, .. (home is null ? [] : new ContentItem[] { home })];

        // What the brief uses decides its appendices, and the appendices decide where its links point. It follows
        // from the page's inputs (everything but the bodies): brief serve works it out again only when they change.
        var plan = cache.Kept(Incremental.Fingerprint.Of("brief-plan", inputs, manifest.Name), () =>
        {
            var terms = included.SelectMany(i => views.Rendered(i.Id)?.TermIds ?? [])
                .Concat(options.SelectMany(o => o.Authorities.Select(a => a.Value)))
                .Concat(kinds.Any(s => s.Kind == "matrix") ? matrixOptions.SelectMany(o => o.Authorities.Select(a => a.Value)) : [])
                .Distinct().Select(Catalog.Find).OfType<GlossaryTerm>()
                .OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
            var sources = included.SelectMany(i => i.Sources.Select(s => s.Value).Concat(views.Rendered(i.Id)?.LinkedIds ?? []))
                .Distinct().Select(Catalog.Find).OfType<SourceEntry>()
                .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
            var inPage = included.Where(i => i is not HomePage)
                .Concat(kinds.Any(s => s.Kind == "glossary") ? terms : []).Concat(kinds.Any(s => s.Kind == "sources") ? sources : [])
                .ToDictionary(i => i.Id, i => Anchor(i.Id) + "--", StringComparer.Ordinal);
            return new Plan([.. terms.Select(t => t.Id)], [.. sources.Select(s => s.Id)], inPage);
        });
        var terms = plan.Terms.Select(id => (GlossaryTerm)Catalog.Items[id]).ToList();
        var sources = plan.Sources.Select(id => (SourceEntry)Catalog.Items[id]).ToList();
        var inPage = plan.InPage;

        // Bodies are rendered when the page is written, in reading order, so first uses and link notes number as read.
        var print = new PrintNotes();
        var anyLinkNote = false;
        var recording = new Stack<List<string>>();

        // A piece of the page written from the print notes as they stand: the same piece (by its key) written from the
        // same state of the notes gives the same HTML and the same changes to them, so brief serve keeps it.
        DeferredHtml Printed(string key, Action<TextWriter> write) => new(key, writer =>
        {
            if (!cache.KeepsInMemory)
            {
                write(writer);
                return;
            }
            var printKey = Key(key, print.State);
            if (recording.TryPeek(out var outer))
            {
                outer.Add(printKey);
            }
            if (cache.TryGetPrint(printKey, out var entry))
            {
                Keep(entry);
                print.Replay(entry.Changes);
                entry.Html.WriteTo(writer);
                return;
            }
            var mark = print.Mark();
            recording.Push([]);
            var html = HtmlFragment.Write(write);
            cache.RememberPrint(printKey, entry = new Incremental.BuildCache.PrintEntry(html, print.ChangesSince(mark), recording.Pop()));
            html.WriteTo(writer);
        });

        // a piece taken whole keeps the pieces it was made of for the next build, which may need them one by one
        void Keep(Incremental.BuildCache.PrintEntry entry)
        {
            foreach (var inner in entry.Inner)
            {
                if (cache.TryGetPrint(inner, out var kept))
                {
                    Keep(kept);
                }
            }
        }

        // A piece that reads and writes no notes (the matrix): the same key gives the same HTML.
        DeferredHtml Kept(string key, Action<TextWriter> write) => new(key, writer =>
        {
            if (!cache.KeepsInMemory)
            {
                write(writer);
                return;
            }
            cache.Kept(key, () => HtmlFragment.Write(write)).WriteTo(writer);
        });

        DeferredHtml Body(ContentItem item, IEnumerable<Markdig.Syntax.Block>? blocks = null, int offset = 1)
        {
            var options = new RenderOptions(new SiteLinkResolver(Catalog, item) { InPage = inPage }, Catalog.Glossary, item.File, diagnostics)
            {
                SelfTermId = item is GlossaryTerm ? item.Id : null,
                IdPrefix = Anchor(item.Id) + "--",
                HeadingOffset = offset,
                Print = print,
            };
            var parsed = Catalog.Parsed[item.Id];
            anyLinkNote = anyLinkNote || (blocks is null ? parsed.HasLinkNotes : PrintNotes.AnyLinkNote(blocks));
            var key = Key(Catalog.Key, Catalog.SourceKeys.GetValueOrDefault(item.Id) ?? "", item.Id, options.IdPrefix,
                options.HeadingOffset.ToString(System.Globalization.CultureInfo.InvariantCulture), blocks is null ? "all" : $"first-section");
            return Printed(key, writer => MarkdownRenderer.RenderTo(writer, parsed, options, blocks));
        }

        // Each document is laid out on its own through the theme's partial for it, so a rebuild lays out again only
        // the documents that changed (or whose notes now start from another state). Its model follows from the
        // page's inputs (everything but the bodies), the section it sits in and its own body.
        var site = views.Site("");
        ScriptObject Laid(string partial, ContentItem item, ScriptObject section, DeferredHtml body, Func<DeferredHtml, ScriptObject> model)
        {
            var entry = views.Link(item);
            entry["anchor"] = Anchor(item.Id);
            var key = Key(inputs, partial, item.Id, section["kind"] as string ?? "", section["grouped"] is true ? "grouped" : "alone", body.Key);
            entry["layout_html"] = Printed(key, writer =>
                theme.RenderPartial(partial, Obj(("site", site), ("section", section), ("item", model(body))), writer));
            return entry;
        }

        var sections = new ScriptArray();
        static ScriptObject Section(ScriptObject section)
        {
            section.TryAdd("grouped", false);
            section.TryAdd("items", new ScriptArray());
            return section;
        }
        foreach (var section in kinds.DistinctBy(s => (s.Kind, s.Id)))
        {
            ScriptObject? entry = section.Kind switch
            {
                "bluf" => home is null ? null : Obj(("kind", "bluf"), ("title", "Bottom line up front"), ("anchor", "bluf"),
                    ("body_html", Body(home, MarkdownRenderer.FirstSection(Catalog.Parsed[home.Id]), 0))),
                "contents" => Obj(("kind", "contents"), ("title", "Contents"), ("anchor", "contents")),
                "explainers" or "explainer" => Items("explainers", section.Id is null ? "Background" : null,
                    section.Id is null ? explainers : [.. explainers.Where(e => e.Id == section.Id)],
                    (s, e) => Laid("brief-item", e, s, Body(e, null, section.Id is null ? 2 : 1), body => Page(e, body))),
                "options" or "option" => Items("options", section.Id is null ? "Options" : null,
                    section.Id is null ? options : [.. options.Where(o => o.Id == section.Id)],
                    (s, o) => Laid("brief-item", o, s, Body(o, null, section.Id is null ? 2 : 1), body => OptionPage(o, body, inPage))),
                "matrix" => Obj(("kind", "matrix"), ("title", "Options compared"), ("anchor", "matrix"),
                    ("layout_html", Kept(Incremental.Fingerprint.Of(inputs, "brief-matrix", manifest.Name), writer => theme.RenderPartial("brief-matrix", Obj(
                        ("site", site),
                        ("section", Obj(("kind", "matrix"), ("title", "Options compared"), ("anchor", "matrix"),
                            ("matrix", views.Matrix(matrixOptions, o => inPage.ContainsKey(o.Id) ? "#" + Anchor(o.Id) : Catalog.Urls.Of(o))),
                            // the authorities table is reference material for a brief that carries the option cards themselves
                            ("authorities", options.IsEmpty ? null : views.Authorities(matrixOptions))))), writer)))),
                "timeline" => Items("timeline", "Timeline", events, (s, e) => Laid("brief-event", e, s, Body(e, null, 3), body => Event(e, body))),
                "glossary" => terms.Count == 0 ? null : Items("glossary", "Glossary", terms, (_, t) => TermEntry(t)),
                "sources" => sources.Count == 0 ? null : Items("sources", "Sources", sources, (_, s) => SourceEntry(s)),
                _ => null,
            };
            if (entry is not null)
            {
                sections.Add(Section(entry));
            }
        }
        if (anyLinkNote)
        {
            // filled as the bodies above are written: the section comes last, so every note is numbered by then
            sections.Add(Section(Obj(("kind", "links"), ("title", "Links"), ("anchor", "links"),
                ("items", new LinkNotes(print)))));
        }
        return Obj(
            ("cover_page", kinds.Any(s => s.Kind == "contents")),
            ("name", manifest.Name), ("title", manifest.Title), ("subtitle", manifest.Subtitle), ("audience", manifest.Audience),
            ("paper", manifest.Paper), ("max_pages", manifest.MaxPages), ("sections", sections),
            ("contents", Array(sections.OfType<ScriptObject>().Where(s => s["kind"] as string is not ("contents" or "bluf")), s => s)));
    }

    /// <summary>The key of a piece of the brief, looked up in memory only (<see cref="Incremental.Fingerprint.Joined"/>).</summary>
    private static string Key(params string[] parts) => Incremental.Fingerprint.Joined(parts);

    /// <summary>The glossary terms and sources a brief lists (ids, in order), and the in-page anchor prefix of every document it holds.</summary>
    private sealed record Plan(string[] Terms, string[] Sources, IReadOnlyDictionary<string, string> InPage);

    /// <summary>The brief's link notes, read when the Links section is written, after every body has numbered its own.</summary>
    private sealed class LinkNotes(PrintNotes print) : Incremental.IDerivedFromPage
    {
        public System.Collections.IEnumerator GetEnumerator() =>
            print.Links.Select((url, i) => Obj(("number", i + 1), ("url", url), ("anchor", $"link-note-{i + 1}"))).GetEnumerator();
    }

    /// <summary>A section of the brief; its items are made knowing the section (without its items) they sit in.</summary>
    private static ScriptObject Items<T>(string kind, string? title, IReadOnlyList<T> items, Func<ScriptObject, T, ScriptObject> map) where T : ContentItem
    {
        var section = Obj(("kind", kind), ("title", title ?? (items.Count == 1 ? items[0].Title : kind)), ("grouped", title is not null),
            ("anchor", title is null && items.Count == 1 ? Anchor(items[0].Id) : kind));
        var summary = Obj([.. section.Select(p => (p.Key, p.Value))]);
        section["items"] = Array(items, item => map(summary, item));
        return section;
    }

    private ScriptObject Page(ContentItem item, IHtml bodyHtml)
    {
        var page = views.Link(item);
        page["anchor"] = Anchor(item.Id);
        page["body_html"] = bodyHtml;
        page["sources"] = Array(item.Sources.Select(s => Catalog.Find(s.Value)).OfType<SourceEntry>(),
            s => Obj(("title", s.Name), ("url", "#" + Anchor(s.Id))));
        return page;
    }

    private ScriptObject OptionPage(OptionCard option, IHtml bodyHtml, IReadOnlyDictionary<string, string> inPage)
    {
        var page = views.Option(option);
        string Url(ContentItem item) => inPage.ContainsKey(item.Id) ? "#" + Anchor(item.Id) : Catalog.Urls.Of(item);
        page["authorities"] = Array(option.Authorities.Select(a => Catalog.Find(a.Value)).OfType<ContentItem>(),
            a => Obj(("title", a.Title), ("url", Url(a))));
        page["precedents"] = Array(option.Precedents, p => Catalog.Find(p.Value) is TimelineEvent e
            ? Obj(("text", $"{e.Title} ({e.Date?.Display()})"), ("url", Url(e)))
            : Obj(("text", p.Value), ("url", null)));
        page["anchor"] = Anchor(option.Id);
        page["body_html"] = bodyHtml;
        return page;
    }

    private ScriptObject Event(TimelineEvent e, IHtml bodyHtml)
    {
        var page = views.Event(e);
        page["anchor"] = Anchor(e.Id);
        page["body_html"] = bodyHtml;
        return page;
    }

    private ScriptObject TermEntry(GlossaryTerm term)
    {
        var entry = views.TermSummary(term);
        entry["anchor"] = Anchor(term.Id);
        return entry;
    }

    private ScriptObject SourceEntry(SourceEntry source)
    {
        var entry = views.SourceSummary(source);
        entry["anchor"] = Anchor(source.Id);
        return entry;
    }
}
