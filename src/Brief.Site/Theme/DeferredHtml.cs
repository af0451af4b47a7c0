using Brief.Markdown.Rendering;

namespace Brief.Site.Theme;

/// <summary>
/// HTML rendered when the page is written, straight into it (the printable brief's bodies, in reading order).
/// Its key names everything the rendering depends on, for the build cache.
/// </summary>
internal sealed class DeferredHtml(string key, Action<TextWriter> write) : IHtml
{
    public string Key { get; } = key;

    public void WriteTo(TextWriter writer) => write(writer);

    public override string ToString()
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }
}
