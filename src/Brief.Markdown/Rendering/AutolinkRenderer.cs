using Brief.Core.Diagnostics;
using Brief.Markdown.Links;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Brief.Markdown.Rendering;

/// <summary>Writes &lt;https://…&gt; autolinks, refusing schemes that could run script.</summary>
internal sealed class AutolinkRenderer(RenderState state) : HtmlObjectRenderer<AutolinkInline>
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        var url = link.IsEmail ? "mailto:" + link.Url : link.Url;
        if (!SafeUrl.IsSafe(url))
        {
            var (line, column) = state.FilePosition(link);
            state.Options.Diagnostics.Warning(Codes.UnsafeHtml,
                $"link to '{link.Url}' removed: only http, https, mailto and relative links are allowed",
                state.Options.File, line, column);
            renderer.WriteEscape(link.Url);
            return;
        }
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape(link.Url);
            return;
        }
        renderer.Write("<a href=\"").WriteEscapeUrl(url).Write("\"");
        LinkAttributes.Write(renderer, link, external: !link.IsEmail).Write(">").WriteEscape(link.Url).Write("</a>");
    }
}
