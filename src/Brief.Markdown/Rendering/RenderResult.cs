using System.Collections.Immutable;

namespace Brief.Markdown.Rendering;

/// <summary>A rendered body: its HTML, and the documents and glossary terms it refers to (for "Referenced by").</summary>
public sealed record RenderResult(HtmlFragment Html, ImmutableHashSet<string> LinkedIds, ImmutableHashSet<string> TermIds)
{
    /// <summary><see cref="LinkedIds"/> in ordinal order, for fingerprints (a body is rendered once and fingerprinted at every build of brief serve).</summary>
    public ImmutableArray<string> LinkedIdsInOrder { get; } = [.. LinkedIds.Order(StringComparer.Ordinal)];

    /// <summary><see cref="TermIds"/> in ordinal order.</summary>
    public ImmutableArray<string> TermIdsInOrder { get; } = [.. TermIds.Order(StringComparer.Ordinal)];
}
