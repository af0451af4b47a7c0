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
    private readonly List<string> _cited = [];
    private readonly Dictionary<string, int> _citationNumbers = new(StringComparer.Ordinal);

    /// <summary>The sources cited, each once, in the order first cited.</summary>
    public IReadOnlyList<string> CitedIds => _cited;

    /// <summary>The number of a cited source on its page: its place in <see cref="RenderOptions.CitationOrder"/> when given, else in the
    /// order sources are first cited (citing a source again gives its number again).</summary>
    public int Cite(string sourceId)
    {
        if (!_citationNumbers.TryGetValue(sourceId, out var number))
        {
            _cited.Add(sourceId);
            var place = Options.CitationOrder.IndexOf(sourceId);
            _citationNumbers[sourceId] = number = place >= 0 ? place + 1 : _cited.Count;
        }
        return number;
    }

    public string NextTooltipId() => $"{Options.IdPrefix}tip-{++_tooltips}";

    public (int Line, int Column) FilePosition(Markdig.Syntax.MarkdownObject node) => (node.Line + Parsed.LineOffset, node.Column + 1);
}
