using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Brief.Markdown.Rendering;

/// <summary>
/// The attributes of a link: its {attributes}, plus class "external" and rel="noopener" for a link off the site,
/// merged into one class attribute (a copy: the parsed tree is shared and never changed).
/// </summary>
internal static class LinkAttributes
{
    public static HtmlRenderer Write(HtmlRenderer renderer, MarkdownObject link, bool external)
    {
        if (!external)
        {
            return renderer.WriteAttributes(link);
        }
        var attributes = new HtmlAttributes();
        link.TryGetAttributes()?.CopyTo(attributes);
        attributes.AddClass("external");
        return renderer.WriteAttributes(attributes).Write(" rel=\"noopener\"");
    }
}
