using Brief.Markdown.Rendering;

namespace Brief.Site.Theme;

/// <summary>HTML rendered when the page is written, straight into it (the printable brief's bodies, in reading order).</summary>
internal sealed class DeferredHtml(Action<TextWriter> write) : IHtml
{
    public void WriteTo(TextWriter writer) => write(writer);

    public override string ToString()
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }
}
