using Brief.Markdown.Parsing;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;

namespace Brief.Markdown.Rendering;

/// <summary>
/// Renders a parsed body to HTML with brief's renderers in place of Markdig's: link resolution, glossary
/// linking, sanitized raw HTML and nestable headings. A renderer is made per call; the tree is only read.
/// </summary>
public static class MarkdownRenderer
{
    public static RenderResult Render(ParsedMarkdown parsed, RenderOptions options) =>
        Render(parsed, options, parsed.Tree());

    /// <summary>
    /// Renders straight into a writer (the printable brief, laid out as it is written). A body with raw HTML is
    /// still rendered whole and sanitized once more before it is written.
    /// </summary>
    public static void RenderTo(TextWriter writer, ParsedMarkdown parsed, RenderOptions options, IEnumerable<Block>? blocks = null)
    {
        if (parsed.HasRawHtml)
        {
            using var buffer = new StringWriter();
            RenderInto(buffer, parsed, options, blocks ?? parsed.Tree());
            writer.Write(RawHtml.Sanitize(buffer.ToString()));
            return;
        }
        RenderInto(writer, parsed, options, blocks ?? parsed.Tree());
    }

    /// <summary>Renders only some top-level blocks (a section of the document).</summary>
    public static RenderResult Render(ParsedMarkdown parsed, RenderOptions options, IEnumerable<Block> blocks)
    {
        if (parsed.HasRawHtml)
        {
            using var writer = new StringWriter();
            var sanitized = RenderInto(writer, parsed, options, blocks);
            // defence in depth: the whole body once more
            return RenderResult.Of(new HtmlFragment(RawHtml.Sanitize(writer.ToString())), sanitized.LinkedIds, sanitized.TermIds, sanitized.CitedIds);
        }
        RenderState? state = null;
        var html = HtmlFragment.Write(writer => state = RenderInto(writer, parsed, options, blocks)); // straight into UTF-8
        return RenderResult.Of(html, state!.LinkedIds, state.TermIds, state.CitedIds);
    }

    private static RenderState RenderInto(TextWriter writer, ParsedMarkdown parsed, RenderOptions options, IEnumerable<Block> blocks)
    {
        var state = new RenderState(parsed, options);
        var renderer = new HtmlRenderer(writer);
        MarkdownParser.Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new LinkRenderer(state));
        renderer.ObjectRenderers.Replace<AutolinkInlineRenderer>(new AutolinkRenderer(state));
        renderer.ObjectRenderers.Replace<LiteralInlineRenderer>(new GlossaryLiteralRenderer(state));
        renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.HeadingRenderer>(new HeadingRenderer(state));
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new HtmlBlockSanitizingRenderer(state));
        renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.HtmlInlineRenderer>(new HtmlInlineRenderer());
        renderer.ObjectRenderers.Add(new CitationRenderer(state));
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }
        writer.Flush();
        return state;
    }

    /// <summary>The blocks of the first section: up to the second heading at the level of the first (the home page's BLUF).</summary>
    public static IReadOnlyList<Block> FirstSection(MarkdownDocument tree, bool includeHeading = false)
    {
        var blocks = tree.ToList();
        var start = 0;
        int? level = null;
        if (blocks.Count > 0 && blocks[0] is HeadingBlock first)
        {
            level = first.Level;
            start = includeHeading ? 0 : 1;
        }
        var end = blocks.FindIndex(1, b => b is HeadingBlock h && (level is null || h.Level <= level));
        return blocks.GetRange(start, (end < 0 ? blocks.Count : end) - start);
    }
}
