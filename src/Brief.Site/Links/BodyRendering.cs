using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Markdown.Rendering;
using Brief.Site.Model;

namespace Brief.Site.Links;

/// <summary>
/// The rules for rendering a document's body, in one place: links resolve from the document's own address, its own
/// glossary term is never linked on its page, and heading ids carry the prefix of the page that shows the body
/// (a timeline event shares the timeline page; a printed brief holds many documents; the home page shows its body
/// in two parts).
/// </summary>
public static class BodyRendering
{
    /// <summary>The body on the document's own page (or, for an event, on the timeline).</summary>
    public static RenderOptions OnPage(Catalog catalog, ContentItem item, DiagnosticBag diagnostics) =>
        Options(catalog, item, diagnostics, new SiteLinkResolver(catalog, item)) with { IdPrefix = PagePrefix(item) };

    /// <summary>
    /// A part of the home page's body (the bottom line up front, the rest), its ids prefixed by the part; its citations are
    /// numbered as the whole body numbers them (<paramref name="cited"/>), since the page has one list of sources cited.
    /// </summary>
    public static RenderOptions OnHome(Catalog catalog, HomePage home, DiagnosticBag diagnostics, string part,
        System.Collections.Immutable.ImmutableArray<string> cited) =>
        Options(catalog, home, diagnostics, new SiteLinkResolver(catalog, home)) with
        {
            IdPrefix = part + "-",
            CitationPrefix = "",
            CitationOrder = cited,
        };

    /// <summary>
    /// The body in a printed brief: ids prefixed by the document's anchor, headings nested <paramref name="headingOffset"/>
    /// levels deeper, links to documents the brief holds turned into in-page anchors (<paramref name="inPage"/>), and
    /// terms spelled out and links noted as <paramref name="print"/> records them.
    /// </summary>
    public static RenderOptions InBrief(Catalog catalog, ContentItem item, DiagnosticBag diagnostics, IReadOnlyDictionary<string, string> inPage,
        int headingOffset, PrintNotes print) =>
        Options(catalog, item, diagnostics, new SiteLinkResolver(catalog, item) { InPage = inPage }) with
        {
            IdPrefix = BriefAnchor(item.Id) + "--",
            HeadingOffset = headingOffset,
            Print = print,
        };

    /// <summary>The prefix of heading ids on the page that shows the body: events share the timeline page.</summary>
    public static string PagePrefix(ContentItem item) => item is TimelineEvent ? item.Id + "--" : "";

    /// <summary>The term a body does not link, because it is that term's own page.</summary>
    public static string? SelfTerm(ContentItem item) => item is GlossaryTerm ? item.Id : null;

    /// <summary>The anchor of a document inside a printed brief.</summary>
    public static string BriefAnchor(string id) => "b-" + id;

    private static RenderOptions Options(Catalog catalog, ContentItem item, DiagnosticBag diagnostics, SiteLinkResolver links) =>
        new(links, catalog.Glossary, item.File, diagnostics) { SelfTermId = SelfTerm(item) };
}
