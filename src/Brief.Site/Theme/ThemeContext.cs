using Brief.Markdown.Rendering;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Brief.Site.Theme;

/// <summary>
/// The template context a page is laid out in: HTML the pipeline produced (<see cref="IHtml"/>, always in an
/// <c>_html</c> field) is written straight into the page's writer instead of becoming a string first.
/// </summary>
internal sealed class ThemeContext() : TemplateContext(Builtins)
{
    /// <summary>Scriban's built-in functions, made once and shared (read only) by every page's context, with
    /// <c>include</c> replaced by <see cref="StreamingInclude"/>, and <c>css.string</c> (<see cref="CssString"/>) added.</summary>
    private static readonly ScriptObject Builtins = MakeBuiltins();

    private static ScriptObject MakeBuiltins()
    {
        var builtins = new Scriban.Functions.BuiltinFunctions();
        builtins.SetValue("include", new StreamingInclude(), readOnly: true);
        var css = new ScriptObject();
        css.SetValue("string", new CssString(), readOnly: true);
        builtins.SetValue("css", css, readOnly: true);
        return builtins;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is not IHtml html)
        {
            return base.Write(span, textAsObject);
        }
        if (Output is PageOutput output)
        {
            html.WriteTo(output.Writer);
            return this;
        }
        using var buffer = new StringWriter();
        html.WriteTo(buffer);
        return Write(buffer.ToString());
    }
}
