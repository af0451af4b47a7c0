using Brief.Core.Diagnostics;
using Brief.Markdown.Links;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Brief.Markdown.Rendering;

/// <summary>
/// Writes links and images with their URLs resolved as they are written (Zola's approach): relative .md links
/// become page URLs, assets their published path; broken links are errors at their line and column; unsafe
/// schemes are dropped with a warning. The syntax tree itself is never changed.
/// </summary>
internal sealed class LinkRenderer(RenderState state) : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var url = Resolve(link);
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(link);
            return;
        }
        if (link.IsImage)
        {
            WarnWithoutAltText(link);
            renderer.Write("<img src=\"").WriteEscapeUrl(url ?? "").Write("\"");
            renderer.WriteAttributes(link).Write(" alt=\"");
            renderer.EnableHtmlForInline = false;
            renderer.WriteChildren(link);
            renderer.EnableHtmlForInline = true;
            renderer.Write("\"");
            WriteTitle(renderer, link);
            renderer.Write(" loading=\"lazy\" />");
            return;
        }
        if (url is null)
        {
            renderer.WriteChildren(link);
            return;
        }
        renderer.Write("<a href=\"").WriteEscapeUrl(url).Write("\"");
        LinkAttributes.Write(renderer, link, external: SafeUrl.IsAbsolute(url) && !url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase));
        WriteTitle(renderer, link);
        renderer.Write(">").WriteChildren(link);
        renderer.Write("</a>");
        if (state.Options.Print is { } print && SafeUrl.IsAbsolute(url))
        {
            var note = print.LinkNote(url).ToString(System.Globalization.CultureInfo.InvariantCulture);
            renderer.Write("<sup class=\"link-note\"><a href=\"#link-note-").Write(note).Write("\" aria-label=\"Link note ").Write(note).Write("\">")
                .Write(note).Write("</a></sup>");
        }
    }

    private string? Resolve(LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
        var (line, column) = state.FilePosition(link);
        if (!SafeUrl.IsSafe(url))
        {
            state.Options.Diagnostics.Warning(Codes.UnsafeHtml, $"link to '{url}' removed: only http, https, mailto and relative links are allowed",
                state.Options.File, line, column);
            return null;
        }
        if (SafeUrl.IsAbsolute(url))
        {
            return url;
        }
        switch (state.Options.Links.Resolve(url, link.IsImage))
        {
            case LinkResolution.Resolved resolved:
                if (resolved.TargetId is { } target)
                {
                    state.LinkedIds.Add(target);
                }
                return resolved.Url;
            case LinkResolution.Broken broken:
                state.Options.Diagnostics.Error(broken.Code, broken.Message, state.Options.File, line, column, broken.Hint);
                return url;
            default:
                return url;
        }
    }

    /// <summary>An image with no alt text says nothing to a screen reader, on the page or as a figure in the printed PDF.</summary>
    private void WarnWithoutAltText(LinkInline image)
    {
        if (image.Descendants<LiteralInline>().Any(text => !text.Content.IsEmptyOrWhitespace()))
        {
            return;
        }
        var (line, column) = state.FilePosition(image);
        state.Options.Diagnostics.Warning(Codes.MissingAltText,
            $"image '{image.Url}' has no alt text: screen readers and the printed PDF have nothing to say for it",
            state.Options.File, line, column);
    }

    private static void WriteTitle(HtmlRenderer renderer, LinkInline link)
    {
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write("\"");
        }
    }
}
