using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Brief.Markdown.Rendering;

/// <summary>
/// A rendered body: its HTML, and the documents and glossary terms it refers to (for "Referenced by"), each once and
/// in ordinal order, as fingerprints want them (a body is rendered once and fingerprinted at every build of brief serve).
/// </summary>
public sealed record RenderResult(HtmlFragment Html, ImmutableArray<string> LinkedIds, ImmutableArray<string> TermIds)
{
    /// <summary>A result whose ids are put in order here.</summary>
    public static RenderResult Of(HtmlFragment html, HashSet<string> linkedIds, HashSet<string> termIds) =>
        new(html, InOrder(linkedIds), InOrder(termIds));

    private static ImmutableArray<string> InOrder(HashSet<string> ids)
    {
        var sorted = ids.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }
}
