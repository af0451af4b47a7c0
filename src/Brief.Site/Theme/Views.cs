using System.Globalization;
using Brief.Content.Criteria;
using Brief.Content.Model;
using Brief.Markdown.Rendering;
using Brief.Site.Model;
using Scriban.Runtime;

using static Brief.Site.Theme.ScriptValues;

namespace Brief.Site.Theme;

/// <summary>
/// The explicit model templates see: plain ScriptObjects built from the content records, never the records
/// themselves. Every string is text (templates escape it); only keys ending in _html hold HTML, and that HTML
/// was produced by the Markdown renderer and sanitized.
/// </summary>
public sealed class Views(Catalog catalog, References references, IReadOnlyDictionary<string, RenderResult> rendered)
{
    public Catalog Catalog { get; } = catalog;

    /// <summary>The banner of each page and printed brief.</summary>
    public Markings.Banners Banners { get; } = new(catalog, rendered);

    public ScriptObject Site(string currentSection)
    {
        var site = Catalog.Site;
        var urls = Catalog.Urls;
        (string Key, string Title, string Path)[] sections =
        [
            ("explainers", "Explainers", "explainers/"), ("options", "Options", "options/"), ("glossary", "Glossary", "glossary/"),
            ("timeline", "Timeline", "timeline/"), ("sources", "Sources", "sources/"),
            .. Catalog.HasMemos ? [("memos", "Memos", "memos/")] : Enumerable.Empty<(string, string, string)>(),
            ("search", "Search", "search/"),
        ];
        return Obj(
            ("title", site.Title), ("subtitle", site.Subtitle), ("description", site.Description ?? site.Subtitle ?? site.Title),
            ("marking", site.Marking), ("as_of", Date(site.AsOf)), ("as_of_iso", site.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("language", site.Language), ("home_url", urls.To("")), ("root_url", urls.Folder("")), ("css_url", urls.To("theme/style.css")),
            ("feed_url", urls.Origin is null ? null : urls.To("feed.xml")),
            ("nav", Array(sections, s => Obj(("title", s.Title), ("url", urls.To(s.Path)), ("current", s.Key == currentSection)))),
            ("briefs", Array(Manifests(), m => Obj(("title", m.Title), ("url", urls.To($"briefs/{m.Name}/"))))));
    }

    public IEnumerable<BriefManifest> Manifests() =>
        Catalog.Manifests.IsEmpty ? [BriefManifest.Default(Catalog.Site.Title)] : Catalog.Manifests;

    public HtmlFragment BodyHtml(ContentItem item) => rendered.TryGetValue(item.Id, out var result) ? result.Html : HtmlFragment.Empty;

    public RenderResult? Rendered(string id) => rendered.GetValueOrDefault(id);

    /// <summary>Every rendered body, by id.</summary>
    public IReadOnlyDictionary<string, RenderResult> RenderedAll => rendered;

    public ScriptObject Link(ContentItem item) => Obj(
        ("id", item.Id), ("title", item.Title), ("url", Catalog.Urls.Of(item)), ("summary", item.Summary), ("kind", item.Kind.Noun()));

    /// <summary>
    /// A link to an item as lists show it, made once and shared by every page that lists the item (a big site's
    /// "Referenced by" lists name the same pages thousands of times). Shared objects are never changed.
    /// </summary>
    public ScriptObject ListedLink(ContentItem item) => _links.GetOrAdd(item.Id, _ => Link(item));

    /// <summary>A source as the pages that cite it list it, made once and shared like <see cref="ListedLink"/>.</summary>
    public ScriptObject CitedSource(SourceEntry source) => _sources.GetOrAdd(source.Id, _ => SourceSummary(source));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ScriptObject> _links = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ScriptObject> _sources = new(StringComparer.Ordinal);

    /// <summary>What every content page carries: text fields, body, sources and what refers to it.</summary>
    public ScriptObject Page(ContentItem item)
    {
        var page = Link(item);
        page["body_html"] = BodyHtml(item);
        page["tags"] = Array(item.Tags, t => t);
        page["reviewed"] = Date(item.Reviewed);
        page["sources"] = Array(SourceIds(item).Select(Catalog.Find).OfType<SourceEntry>(), CitedSource);
        page["citations"] = Citations(item);
        page["referenced_by"] = Array(references.To(item.Id), id => ListedLink(Catalog.Items[id]));
        page["headings"] = Array(Catalog.Parsed[item.Id].Headings.Where(h => h.Level == 2), h => Obj(("text", h.Text), ("id", h.Id)));
        return page;
    }

    /// <summary>The sources of a document: those its front matter names, then those its body cites, each once.</summary>
    public IEnumerable<string> SourceIds(ContentItem item) =>
        rendered.TryGetValue(item.Id, out var result) && !result.CitedIds.IsEmpty
            ? item.Sources.Select(s => s.Value).Concat(result.CitedIds).Distinct(StringComparer.Ordinal)
            : item.Sources.Select(s => s.Value);

    /// <summary>The "Sources cited" list of a document's page: the sources its body cites, by note number (the order first cited).</summary>
    private ScriptArray Citations(ContentItem item)
    {
        var cited = rendered.TryGetValue(item.Id, out var result) ? result.CitedIds : [];
        var prefix = Links.BodyRendering.PagePrefix(item);
        return Array(cited.Select((id, i) => (Source: (SourceEntry)Catalog.Items[id], Number: i + 1)), c => Obj(
            ("number", c.Number), ("anchor", $"{prefix}cited-{c.Number.ToString(CultureInfo.InvariantCulture)}"), ("name", c.Source.Name),
            ("role", c.Source.Role), ("url", Catalog.Urls.Of(c.Source))));
    }

    /// <summary>An option card's page: its checked fields, body and references.</summary>
    public ScriptObject Option(OptionCard option) => WithOptionFields(Page(option), option);

    /// <summary>An option as indexes, the matrix and the home page show it: title, summary and checked fields.</summary>
    public ScriptObject OptionSummary(OptionCard option) => WithOptionFields(Link(option), option);

    private ScriptObject WithOptionFields(ScriptObject card, OptionCard option)
    {
        card["fields"] = Array(option.Compared, Field);
        card["authorities_title"] = ReferencesTitle(RefersTo.Authorities);
        card["precedents_title"] = ReferencesTitle(RefersTo.Events);
        card["authorities"] = Array(option.Authorities.Select(a => Catalog.Find(a.Value)).OfType<ContentItem>(), ListedLink);
        card["precedents"] = Array(option.Precedents, p => Catalog.Find(p.Value) is TimelineEvent e
            ? Obj(("text", $"{e.Title} ({e.Date?.Display()})"), ("url", Catalog.Urls.Of(e)))
            : Obj(("text", p.Value), ("url", null)));
        return card;
    }

    /// <summary>The label of the criteria whose references are of this kind; null when no criterion has them.</summary>
    private string? ReferencesTitle(RefersTo kind) => Catalog.Criteria.References(kind).FirstOrDefault()?.Label;

    /// <summary>
    /// One compared field as cards and the matrix show it; a level field's value carries its rating ("good", "fair",
    /// "bad": which end of the field is better decides it), which gives the colour and the words a screen reader hears.
    /// </summary>
    private static ScriptObject Field(OptionFieldValue value) => Obj(
        ("name", value.Field.Field.Replace('.', '-').Replace('_', '-')), ("title", value.Field.Label), ("value", value.Value),
        ("label", Labels.Of(value.Field, value.Value)), ("level", value.Field.IsLevel), ("glance", value.Field.Glance),
        ("rating", value.Field.RatingOf(value.Value)?.ToString().ToLowerInvariant()));

    /// <summary>A glossary term's page.</summary>
    public ScriptObject Term(GlossaryTerm term) => WithTermFields(Page(term), term);

    /// <summary>A term as the glossary index and printed glossaries list it.</summary>
    public ScriptObject TermSummary(GlossaryTerm term) => WithTermFields(Link(term), term);

    private ScriptObject WithTermFields(ScriptObject page, GlossaryTerm term)
    {
        var info = Catalog.Glossary.Terms.GetValueOrDefault(term.Id);
        page["term"] = term.Term;
        page["expansion"] = term.Expansion;
        page["aliases"] = Array(term.Aliases, a => a);
        page["short_definition"] = info?.ShortDefinition;
        return page;
    }

    /// <summary>A source's page: its details, body and everything that cites it.</summary>
    public ScriptObject Source(SourceEntry source) => WithSourceFields(Page(source), source);

    /// <summary>A source as it is cited from other pages: who it is, without its own page's contents.</summary>
    public ScriptObject SourceSummary(SourceEntry source) => WithSourceFields(Link(source), source);

    private static ScriptObject WithSourceFields(ScriptObject view, SourceEntry source)
    {
        view["name"] = source.Name;
        view["role"] = source.Role;
        view["source_kind"] = source.SourceKind;
        view["link"] = source.Url;
        view["date"] = Date(source.Date);
        return view;
    }

    public ScriptObject Event(TimelineEvent e)
    {
        var page = Page(e);
        page["date"] = e.Date?.Display();
        page["date_iso"] = e.Date?.ToString();
        return page;
    }

    /// <summary>The comparison matrix: a row per option, a column per checked field.</summary>
    public ScriptObject Matrix(IEnumerable<OptionCard> options, Func<OptionCard, string>? url = null) => Obj(
        ("columns", Array(Catalog.Criteria.Compared, f => Obj(("title", f.Label)))), ("authorities_title", ReferencesTitle(RefersTo.Authorities)),
        ("rows", Array(options, o =>
        {
            var row = OptionSummary(o);
            // the matrix names authorities by their short glossary form; explainers stay linked on the card
            var terms = o.Authorities.Select(a => Catalog.Find(a.Value)).OfType<GlossaryTerm>().ToList();
            row["matrix_authorities"] = terms.Count > 0
                ? Array(terms, t => Obj(("title", t.Term)))
                : row["authorities"];
            if (url is not null)
            {
                row["url"] = url(o);
            }
            return row;
        })));

    /// <summary>Which authorities enable which options: a row per authority, a column per option.</summary>
    public ScriptObject Authorities(IReadOnlyList<OptionCard> options)
    {
        var authorities = options.SelectMany(o => o.Authorities.Select(a => a.Value)).Distinct()
            .Select(Catalog.Find).OfType<ContentItem>().OrderBy(a => a.Title, StringComparer.OrdinalIgnoreCase)
                .ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        return Obj(
            ("options", Array(options, ListedLink)),
            ("rows", Array(authorities, a =>
            {
                var row = Link(a);
                row["cells"] = Array(options, o => o.Authorities.Any(x => x.Value == a.Id));
                return row;
            })));
    }
}
