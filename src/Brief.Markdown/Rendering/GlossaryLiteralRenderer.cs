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
/// and that assistive technology reads through aria-describedby, so it needs no JavaScript.
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
            var tooltip = state.NextTooltipId();
            var surface = text.Slice(match.Start, match.Length);
            var spellOut = state.Options.Print?.FirstUse(term.Id) == true && !string.IsNullOrEmpty(term.Expansion)
                && TermForm.IsAcronym(surface.ToString());
            renderer.Write("<span class=\"term\">");
            if (spellOut)
            {
                renderer.Write("<span class=\"print-expansion\">").WriteEscape(term.Expansion).Write(" (</span>");
            }
            renderer.Write("<a class=\"term-link\" href=\"").WriteEscapeUrl(term.Url).Write("\" aria-describedby=\"").Write(tooltip).Write("\">");
            renderer.WriteEscape(surface);
            renderer.Write("</a>");
            if (spellOut)
            {
                renderer.Write("<span class=\"print-expansion\">)</span>");
            }
            renderer.Write("<span class=\"term-tip\" role=\"tooltip\" id=\"").Write(tooltip).Write("\"><strong>").WriteEscape(term.Term).Write("</strong>");
            if (!string.IsNullOrEmpty(term.Expansion))
            {
                renderer.Write(" (").WriteEscape(term.Expansion).Write(")");
            }
            if (term.ShortDefinition.Length > 0)
            {
                renderer.Write(": ").WriteEscape(term.ShortDefinition);
            }
            renderer.Write("</span></span>");
            state.TermIds.Add(term.Id);
            position = match.Start + match.Length;
        }
        renderer.WriteEscape(text[position..]);
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
