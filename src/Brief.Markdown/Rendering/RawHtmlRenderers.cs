using Brief.Core.Diagnostics;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Brief.Markdown.Rendering;

/// <summary>Raw HTML blocks, sanitized; what was removed is a warning at the block's line.</summary>
internal sealed class HtmlBlockSanitizingRenderer(RenderState state) : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        var html = block.Lines.ToString();
        var clean = RawHtml.Sanitize(html, out var removed);
        if (removed.Count > 0)
        {
            var (line, column) = state.FilePosition(block);
            state.Options.Diagnostics.Warning(Codes.UnsafeHtml, $"raw HTML sanitized: removed {string.Join(", ", removed.Distinct())}",
                state.Options.File, line, column, "scripts, event handlers, styles and javascript: URLs are not allowed in content");
        }
        renderer.EnsureLine();
        renderer.WriteLine(clean);
    }
}

/// <summary>
/// Raw inline tags, written as they are: <see cref="Parsing.RawInlineHtml"/> has already removed the unsafe ones and
/// balanced the rest, and the whole body is sanitized once more after rendering.
/// </summary>
internal sealed class HtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline inline)
    {
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write(inline.Tag);
        }
    }
}
