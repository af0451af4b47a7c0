using Brief.Markdown.Rendering;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Brief.Site.Theme;

/// <summary>
/// The template context a page is laid out in: HTML the pipeline produced (<see cref="IHtml"/>, always in an
/// <c>_html</c> field) is written straight into the page's writer instead of becoming a string first.
/// </summary>
internal sealed class ThemeContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is not IHtml html)
        {
            return base.Write(span, textAsObject);
        }
        if (Output is TextWriterOutput output)
        {
            html.WriteTo(output.Writer);
            return this;
        }
        using var buffer = new StringWriter();
        html.WriteTo(buffer);
        return Write(buffer.ToString());
    }
}
