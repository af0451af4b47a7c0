using AngleSharp.Dom;

namespace Brief.Word;

/// <summary>
/// What the Word file leaves out of the page, as print does: screen-only parts (the site bar, skip link, hidden
/// labels, contents page numbers, a site page's breadcrumbs and glossary tooltips), the banners (every page's header
/// and footer carry them), the lists of link notes and cited sources (they become footnotes) and images.
/// </summary>
internal static class Skipped
{
    private static readonly string[] Classes = ["no-print", "visually-hidden", "toc-page", "skip-link", "cover-marking", "brief-links", "marking",
        "breadcrumbs", "term-tip", "sources-cited"];
    private static readonly string[] Tags = ["SCRIPT", "STYLE", "IMG", "SVG", "BUTTON", "TEMPLATE", "PICTURE", "VIDEO", "IFRAME", "HR"];

    public static bool Is(IElement element) =>
        Tags.Contains(element.TagName.ToUpperInvariant()) || Classes.Any(element.ClassList.Contains);

    /// <summary>Elements that start a paragraph of their own (everything else is text flowing in one).</summary>
    public static bool IsBlock(IElement element) => element.TagName.ToUpperInvariant() is "P" or "H1" or "H2" or "H3" or "H4" or "H5" or "H6"
        or "UL" or "OL" or "DL" or "TABLE" or "BLOCKQUOTE" or "SECTION" or "ARTICLE" or "DIV" or "HEADER" or "FOOTER" or "NAV" or "MAIN"
        or "FIGURE" or "FIGCAPTION" or "PRE" or "LI" or "DT" or "DD" or "ASIDE" or "DETAILS" or "SUMMARY" or "HR" or "ADDRESS";
}
