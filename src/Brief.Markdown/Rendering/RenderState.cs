using Brief.Markdown.Parsing;

namespace Brief.Markdown.Rendering;

/// <summary>The mutable part of one render, owned by one thread: what was linked, and ids handed out.</summary>
internal sealed class RenderState(ParsedMarkdown parsed, RenderOptions options)
{
    public ParsedMarkdown Parsed { get; } = parsed;
    public RenderOptions Options { get; } = options;
    public HashSet<string> LinkedIds { get; } = new(StringComparer.Ordinal);
    public HashSet<string> TermIds { get; } = new(StringComparer.Ordinal);
    private int _tooltips;

    public string NextTooltipId() => $"{Options.IdPrefix}tip-{++_tooltips}";

    public (int Line, int Column) FilePosition(Markdig.Syntax.MarkdownObject node) => (node.Line + Parsed.LineOffset, node.Column + 1);
}
