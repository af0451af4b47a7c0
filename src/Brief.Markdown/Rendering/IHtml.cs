namespace Brief.Markdown.Rendering;

/// <summary>
/// HTML that brief produced and sanitized, written straight into a page as it is laid out: templates print it
/// without escaping, and it never has to become one big string first.
/// </summary>
public interface IHtml
{
    void WriteTo(TextWriter writer);
}
