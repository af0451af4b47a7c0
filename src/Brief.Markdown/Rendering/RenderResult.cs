using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Brief.Markdown.Rendering;

/// <summary>
/// A rendered body: its HTML, and the documents and glossary terms it refers to (for "Referenced by"), each once and
/// in ordinal order, as fingerprints want them (a body is rendered once and fingerprinted at every build of brief serve).
/// </summary>
public sealed record RenderResult(HtmlFragment Html, ImmutableArray<string> LinkedIds, ImmutableArray<string> TermIds)
{
    /// <summary>The sources the body cites (<c>[@id]</c>), each once, in the order of their numbers: the order first cited.</summary>
    public ImmutableArray<string> CitedIds { get; init; } = [];

    /// <summary>A result whose ids are put in order here.</summary>
    public static RenderResult Of(HtmlFragment html, HashSet<string> linkedIds, HashSet<string> termIds, IReadOnlyList<string>? citedIds = null) =>
        new(html, InOrder(linkedIds), InOrder(termIds)) { CitedIds = citedIds is null ? [] : [.. citedIds] };

    private static ImmutableArray<string> InOrder(HashSet<string> ids)
    {
        var sorted = ids.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }
}
