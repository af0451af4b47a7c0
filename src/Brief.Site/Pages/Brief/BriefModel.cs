using Brief.Content.Model;
using Brief.Content.Schema;
using Brief.Core.Diagnostics;
using Brief.Markdown.Rendering;
using Brief.Site.Links;
using Brief.Site.Model;
using Brief.Site.Theme;
using Scriban.Runtime;
using static Brief.Site.Theme.ScriptValues;

namespace Brief.Site.Pages.Brief;

/// <summary>
/// The model of one printable brief (mdBook's print page as a documented step): every included document is
/// rendered again into one page, its heading ids prefixed and its levels nested, links between included documents
/// turned into in-page anchors, and the glossary and sources narrowed to what the brief uses. Each document is laid
/// out on its own through the theme's partial for it (<see cref="BriefPieces"/>), so a rebuild lays out again only
/// the documents that changed, or whose notes now start from another state.
/// </summary>
/// <param name="inputs">The fingerprint of what the brief's models are built from but the bodies (see <see cref="PageInputs"/>).</param>
internal sealed class BriefModel(BriefContents contents, Views views, ThemeTemplates theme, string inputs, DiagnosticBag diagnostics,
    Incremental.BuildCache cache)
{
    private readonly BriefPieces _pieces = new(cache);
    private readonly ScriptObject _site = views.Site("");
    private bool _anyLinkNote;
    private bool _anyCitation;

    private Catalog Catalog => views.Catalog;

    public static ScriptObject Build(BriefContents contents, Views views, ThemeTemplates theme, string inputs, DiagnosticBag diagnostics,
        Incremental.BuildCache cache) =>
        new BriefModel(contents, views, theme, inputs, diagnostics, cache).Build();

    private ScriptObject Build()
    {
        var manifest = contents.Manifest;
        var sections = new ScriptArray();
        foreach (var section in contents.Sections.DistinctBy(s => (s.Kind, s.Id)))
        {
            if (Section(section) is { } entry)
            {
                sections.Add(Complete(entry));
            }
        }
        if (_anyLinkNote || _anyCitation)
        {
            // filled as the bodies above are written: the section comes last, so every note is numbered by then
            sections.Add(Complete(Obj(("kind", "links"), ("title", _anyCitation ? "Notes" : "Links"), ("anchor", "links"),
                ("items", new LinkNotes(_pieces.Notes, this)))));
        }
        return Obj(
            ("cover_page", contents.Has("contents")),
            ("name", manifest.Name), ("title", manifest.Title), ("subtitle", manifest.Subtitle), ("audience", manifest.Audience),
            ("paper", manifest.Paper), ("max_pages", manifest.MaxPages), ("sections", sections),
            ("contents", Array(sections.OfType<ScriptObject>().Where(s => s["kind"] as string is not ("contents" or "bluf")), s => s)));
    }

    private ScriptObject? Section(SectionRef section)
    {
        var (home, explainers, options) = (contents.Home, contents.Explainers, contents.Options);
        var whole = section.Id is null;
        return section.Kind switch
        {
            "bluf" => home is null ? null : Obj(("kind", "bluf"), ("title", "Bottom line up front"), ("anchor", "bluf"),
                ("body_html", Body(home, MarkdownRenderer.FirstSection(Catalog.Parsed[home.Id].Tree()), 0))),
            "contents" => Obj(("kind", "contents"), ("title", "Contents"), ("anchor", "contents")),
            "explainers" or "explainer" => Items("explainers", whole ? "Background" : null,
                whole ? explainers : [.. explainers.Where(e => e.Id == section.Id)],
                (s, e) => Laid("brief-item", e, s, Body(e, null, whole ? 2 : 1), body => Page(e, body))),
            "options" or "option" => Items("options", whole ? "Options" : null, whole ? options : [.. options.Where(o => o.Id == section.Id)],
                (s, o) => Laid("brief-item", o, s, Body(o, null, whole ? 2 : 1), body => OptionPage(o, body))),
            "matrix" => Matrix(),
            "timeline" => Items("timeline", "Timeline", contents.Events,
                (s, e) => Laid("brief-event", e, s, Body(e, null, 3), body => Event(e, body))),
            "glossary" => contents.Plan.Terms.IsEmpty ? null
                : Items("glossary", "Glossary", [.. contents.Plan.Terms.Select(id => (GlossaryTerm)Catalog.Items[id])], (_, t) => TermEntry(t)),
            "sources" => contents.Plan.Sources.IsEmpty ? null
                : Items("sources", "Sources", [.. contents.Plan.Sources.Select(id => (SourceEntry)Catalog.Items[id])], (_, s) => SourceEntry(s)),
            _ => null,
        };
    }

    private static ScriptObject Complete(ScriptObject section)
    {
        section.TryAdd("grouped", false);
        section.TryAdd("items", new ScriptArray());
        return section;
    }

    private ScriptObject Matrix()
    {
        var matrixOptions = contents.MatrixOptions;
        var inPage = contents.Plan.InPage;
        string Url(OptionCard o) => inPage.ContainsKey(o.Id) ? "#" + BodyRendering.BriefAnchor(o.Id) : Catalog.Urls.Of(o);
        return Obj(("kind", "matrix"), ("title", "Options compared"), ("anchor", "matrix"),
            ("layout_html", _pieces.WithoutNotes(Incremental.Fingerprint.Joined(inputs, contents.Manifest.Name),
                writer => theme.RenderPartial("brief-matrix", Obj(
                ("site", _site),
                ("section", Obj(("kind", "matrix"), ("title", "Options compared"), ("anchor", "matrix"),
                    ("matrix", views.Matrix(matrixOptions, Url)),
                    ("decision", contents.Manifest.DecisionMatrix ? DecisionMatrixView.Of(Catalog, matrixOptions, Url) : null),
                    // the authorities table is reference material for a brief that carries the option cards themselves
                    ("authorities", contents.Options.IsEmpty ? null : views.Authorities(matrixOptions))))), writer))));
    }

    private DeferredHtml Body(ContentItem item, IEnumerable<Markdig.Syntax.Block>? blocks, int offset)
    {
        var options = BodyRendering.InBrief(Catalog, item, diagnostics, contents.Plan.InPage, offset, _pieces.Notes);
        var parsed = Catalog.Parsed[item.Id];
        _anyLinkNote = _anyLinkNote || (blocks is null ? parsed.HasLinkNotes : PrintNotes.AnyLinkNote(blocks));
        _anyCitation = _anyCitation || (blocks is null ? parsed.HasCitations : PrintNotes.AnyCitationNote(blocks));
        var key = Incremental.Fingerprint.Joined(Catalog.Key, Catalog.SourceKeys.GetValueOrDefault(item.Id) ?? "", item.Id, options.IdPrefix,
            options.HeadingOffset.ToString(System.Globalization.CultureInfo.InvariantCulture), blocks is null ? "all" : "first-section");
        return _pieces.Printed(key, writer => MarkdownRenderer.RenderTo(writer, parsed, options, blocks));
    }

    // A document laid out through the theme's partial for it. Its model follows from the page's inputs (everything
    // but the bodies), the section it sits in and its own body.
    private ScriptObject Laid(string partial, ContentItem item, ScriptObject section, DeferredHtml body, Func<DeferredHtml, ScriptObject> model)
    {
        var entry = views.Link(item);
        entry["anchor"] = BodyRendering.BriefAnchor(item.Id);
        var key = Incremental.Fingerprint.Joined(inputs, partial, item.Id, section["kind"] as string ?? "",
            section["grouped"] is true ? "grouped" : "alone", body.Key);
        entry["layout_html"] = _pieces.Printed(key, writer =>
            theme.RenderPartial(partial, Obj(("site", _site), ("section", section), ("item", model(body))), writer));
        return entry;
    }

    /// <summary>A section of the brief; its items are made knowing the section (without its items) they sit in.</summary>
    private static ScriptObject Items<T>(string kind, string? title, IReadOnlyList<T> items, Func<ScriptObject, T,
        ScriptObject> map) where T : ContentItem
    {
        var section = Obj(("kind", kind), ("title", title ?? (items.Count == 1 ? items[0].Title : kind)), ("grouped", title is not null),
            ("anchor", title is null && items.Count == 1 ? BodyRendering.BriefAnchor(items[0].Id) : kind));
        var summary = Obj([.. section.Select(p => (p.Key, p.Value))]);
        section["items"] = Array(items, item => map(summary, item));
        return section;
    }

    private string Url(ContentItem item)
        => contents.Plan.InPage.ContainsKey(item.Id) ? "#" + BodyRendering.BriefAnchor(item.Id) : Catalog.Urls.Of(item);

    private ScriptObject Page(ContentItem item, IHtml bodyHtml)
    {
        var page = views.Link(item);
        page["anchor"] = BodyRendering.BriefAnchor(item.Id);
        page["body_html"] = bodyHtml;
        page["sources"] = Array(views.SourceIds(item).Select(Catalog.Find).OfType<SourceEntry>(),
            s => Obj(("title", s.Name), ("url", "#" + BodyRendering.BriefAnchor(s.Id))));
        return page;
    }

    private ScriptObject OptionPage(OptionCard option, IHtml bodyHtml)
    {
        var page = views.Option(option);
        page["authorities"] = Array(option.Authorities.Select(a => Catalog.Find(a.Value)).OfType<ContentItem>(),
            a => Obj(("title", a.Title), ("url", Url(a))));
        page["precedents"] = Array(option.Precedents, p => Catalog.Find(p.Value) is TimelineEvent e
            ? Obj(("text", $"{e.Title} ({e.Date?.Display()})"), ("url", Url(e)))
            : Obj(("text", p.Value), ("url", null)));
        page["anchor"] = BodyRendering.BriefAnchor(option.Id);
        page["body_html"] = bodyHtml;
        return page;
    }

    private ScriptObject Event(TimelineEvent e, IHtml bodyHtml)
    {
        var page = views.Event(e);
        page["anchor"] = BodyRendering.BriefAnchor(e.Id);
        page["body_html"] = bodyHtml;
        return page;
    }

    private ScriptObject TermEntry(GlossaryTerm term)
    {
        var entry = views.TermSummary(term);
        entry["anchor"] = BodyRendering.BriefAnchor(term.Id);
        return entry;
    }

    private ScriptObject SourceEntry(SourceEntry source)
    {
        var entry = views.SourceSummary(source);
        entry["anchor"] = BodyRendering.BriefAnchor(source.Id);
        return entry;
    }

    /// <summary>
    /// The brief's endnotes, read when the Links (or Notes) section is written, after every body has numbered its own: a link
    /// note is its URL; a citation note is its source, linked to the brief's entry for it or else its page.
    /// </summary>
    private sealed class LinkNotes(PrintNotes print, BriefModel model) : Incremental.IDerivedFromPage
    {
        public System.Collections.IEnumerator GetEnumerator() =>
            print.Notes.Select((note, i) => note.Cites ? model.CitationNote((SourceEntry)model.Catalog.Items[note.Target], i + 1)
                : Obj(("number", i + 1), ("url", note.Target), ("anchor", $"link-note-{i + 1}"), ("source_url", null))).GetEnumerator();
    }

    private ScriptObject CitationNote(SourceEntry source, int number)
    {
        var note = views.SourceSummary(source);
        note["number"] = number;
        note["anchor"] = $"link-note-{number}";
        note["source_url"] = Url(source);
        return note;
    }
}
