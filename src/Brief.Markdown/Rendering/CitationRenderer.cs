using Brief.Markdown.Links;
using Brief.Markdown.Parsing;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Brief.Markdown.Rendering;

/// <summary>
/// Writes a citation as superscript note numbers, one per distinct source, each a link a screen reader names
/// ("Source 2"). On a page, a source's number is its place among the page's cited sources and links to its entry in
/// the page's "Sources cited" list (laid out by the theme from <see cref="RenderResult.CitedIds"/>); in a printed
/// brief, citations are numbered with the link notes (<see cref="PrintNotes"/>). An id no source has is an error at its
/// line and column; a malformed citation was reported when it was parsed and is written as it stands.
/// </summary>
internal sealed class CitationRenderer(RenderState state) : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        if (citation.IsMalformed)
        {
            if (renderer.EnableHtmlForInline)
            {
                renderer.WriteEscape(citation.Text);
            }
            return;
        }
        var numbers = new List<int>(citation.Keys.Length);
        foreach (var key in citation.Keys)
        {
            if (Number(key) is { } number && !numbers.Contains(number))
            {
                numbers.Add(number);
            }
        }
        if (!renderer.EnableHtmlForInline || numbers.Count == 0)
        {
            return;
        }
        var print = state.Options.Print is not null;
        var linked = !InsideLink(citation);
        renderer.Write(print ? "<sup class=\"link-note citation\">" : "<sup class=\"citation\">");
        for (var i = 0; i < numbers.Count; i++)
        {
            var note = numbers[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
            renderer.Write(i > 0 ? "," : "");
            if (!linked)
            {
                renderer.Write(note);
                continue;
            }
            var anchor = print ? "link-note-" : (state.Options.CitationPrefix ?? state.Options.IdPrefix) + "cited-";
            renderer.Write("<a href=\"#").WriteEscapeUrl(anchor).Write(note).Write("\" aria-label=\"Source ").Write(note).Write("\">")
                .Write(note).Write("</a>");
        }
        renderer.Write("</sup>");
    }

    /// <summary>The note number of one cited id, or null (and an error) when no source has it.</summary>
    private int? Number(CitationKey key)
    {
        switch (state.Options.Links.Cite(key.Id))
        {
            case LinkResolution.Resolved { TargetId: { } source }:
                var number = state.Cite(source);
                return state.Options.Print is { } print ? print.CitationNote(source) : number;
            case LinkResolution.Broken broken:
                state.Options.Diagnostics.Error(broken.Code, broken.Message, state.Options.File, key.Line + state.Parsed.LineOffset, key.Column + 1,
                    broken.Hint);
                return null;
            default:
                return null;
        }
    }

    /// <summary>A citation inside a link's text gets no links of its own (a link may not hold another).</summary>
    private static bool InsideLink(CitationInline citation)
    {
        for (var parent = citation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }
        }
        return false;
    }
}
