using Brief.Markdown.Glossary;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Brief.Markdown.Rendering;

/// <summary>
/// Writes running text with glossary terms linked. It works on the syntax tree: only literal text is touched,
/// never text inside links, images, headings or code (code and raw HTML are other node types altogether).
/// Each linked term carries its expansion and short definition in a tooltip that CSS shows on hover and focus,
/// and that assistive technology reads through aria-describedby, so it needs no JavaScript. A printed brief has no
/// tooltips: it spells acronyms out at first use instead.
/// </summary>
internal sealed class GlossaryLiteralRenderer(RenderState state) : HtmlObjectRenderer<LiteralInline>
{
    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        if (!renderer.EnableHtmlForInline || !IsRunningText(literal))
        {
            renderer.WriteEscape(ref literal.Content);
            return;
        }
        var text = literal.Content.AsSpan();
        var matches = state.Options.Glossary.Matcher.Matches(text);
        var position = 0;
        foreach (var match in matches)
        {
            if (match.TermId == state.Options.SelfTermId || !state.Options.Glossary.Terms.TryGetValue(match.TermId, out var term))
            {
                continue;
            }
            renderer.WriteEscape(text[position..match.Start]);
            var surface = text.Slice(match.Start, match.Length);
            if (state.Options.Print is { } print)
            {
                WritePrinted(renderer, term, surface, print.FirstUse(term.Id));
            }
            else
            {
                WriteWithTooltip(renderer, term, surface, state.NextTooltipId());
            }
            state.TermIds.Add(term.Id);
            position = match.Start + match.Length;
        }
        renderer.WriteEscape(text[position..]);
    }

    /// <summary>On screen: the term links to its entry, with a tooltip of its expansion and short definition.</summary>
    private static void WriteWithTooltip(HtmlRenderer renderer, TermInfo term, ReadOnlySpan<char> surface, string tooltip)
    {
        renderer.Write("<span class=\"term\"><a class=\"term-link\" href=\"").WriteEscapeUrl(term.Url).Write("\" aria-describedby=\"").Write(tooltip)
            .Write("\">");
        renderer.WriteEscape(surface);
        renderer.Write("</a><span class=\"term-tip\" role=\"tooltip\" id=\"").Write(tooltip).Write("\"><strong>").WriteEscape(term.Term)
            .Write("</strong>");
        if (!string.IsNullOrEmpty(term.Expansion))
        {
            renderer.Write(" (").WriteEscape(term.Expansion).Write(")");
        }
        if (term.ShortDefinition.Length > 0)
        {
            renderer.Write(": ").WriteEscape(term.ShortDefinition);
        }
        renderer.Write("</span></span>");
    }

    /// <summary>On paper there is no tooltip: an acronym is spelled out at its first use in the brief, and the
    /// brief's glossary gives every definition.</summary>
    private static void WritePrinted(HtmlRenderer renderer, TermInfo term, ReadOnlySpan<char> surface, bool firstUse)
    {
        var spellOut = firstUse && !string.IsNullOrEmpty(term.Expansion) && TermForm.IsAcronym(surface.ToString());
        renderer.Write("<span class=\"term\">");
        if (spellOut)
        {
            renderer.Write("<span class=\"print-expansion\">").WriteEscape(term.Expansion).Write(" (</span>");
        }
        renderer.Write("<a class=\"term-link\" href=\"").WriteEscapeUrl(term.Url).Write("\">");
        renderer.WriteEscape(surface);
        renderer.Write("</a>");
        if (spellOut)
        {
            renderer.Write("<span class=\"print-expansion\">)</span>");
        }
        renderer.Write("</span>");
    }

    private static bool IsRunningText(LiteralInline literal)
    {
        var top = literal.Parent;
        for (var parent = literal.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return false;
            }
            top = parent;
        }
        return top?.ParentBlock is not HeadingBlock;
    }
}
