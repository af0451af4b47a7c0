using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Brief.Markdown.Rendering;

/// <summary>Writes headings with their ids prefixed and levels shifted when a document is nested in a larger page.</summary>
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
        renderer.Write("</h").Write(level).WriteLine(">");
    }
}
