using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Brief.Markdown.Rendering;

/// <summary>
/// Writes headings with their ids prefixed and levels shifted when a document is nested in a larger page. On the
/// web (not in print), a heading with an id carries a link to itself, so a reader can copy a link to the section;
/// the link is empty text with an accessible name (CSS draws its '#'), so the heading's own text is unchanged.
/// </summary>
internal sealed class HeadingRenderer(RenderState state) : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var level = Math.Clamp(heading.Level + state.Options.HeadingOffset, 1, 6).ToString(CultureInfo.InvariantCulture);
        var attributes = new HtmlAttributes();
        heading.TryGetAttributes()?.CopyTo(attributes);
        if (attributes.Id is { Length: > 0 } id)
        {
            attributes.Id = state.Options.IdPrefix + id;
        }
        renderer.Write("<h").Write(level).WriteAttributes(attributes).Write(">");
        renderer.WriteLeafInline(heading);
        if (attributes.Id is { Length: > 0 } anchor && state.Options.Print is null && renderer.EnableHtmlForInline)
        {
            renderer.Write(" <a class=\"heading-anchor\" href=\"#").WriteEscapeUrl(anchor).Write("\" aria-label=\"Link to this section: ")
                .WriteEscape(Parsing.PlainText.Of(heading.Inline)).Write("\"></a>");
        }
        renderer.Write("</h").Write(level).WriteLine(">");
    }
}
