using Brief.Content.Model;

namespace Brief.Site.Model;

/// <summary>
/// The orders readers meet documents in, in one place: every index, pager, brief appendix and processing loop
/// uses these, so a list and the page-through order of its pages always agree. Ties fall back on the id, so every
/// order is total and builds are reproducible.
/// </summary>
public static class Orderings
{
    /// <summary>Reading order of one type (explainers, options, pages): by 'order', then by title.</summary>
    public static IEnumerable<T> InReadingOrder<T>(IEnumerable<T> items) where T : ContentItem =>
        items.OrderBy(i => i.Order ?? double.MaxValue).ThenBy(i => i.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(i => i.Id, StringComparer.Ordinal);

    /// <summary>The timeline: by date, then 'order' within a day, then title.</summary>
    public static IEnumerable<TimelineEvent> Chronological(IEnumerable<TimelineEvent> events) =>
        events.OrderBy(e => e.Date ?? default).ThenBy(e => e.Order ?? 0).ThenBy(e => e.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Id, StringComparer.Ordinal);

    /// <summary>Glossary terms A–Z, as the glossary and every brief's glossary list them.</summary>
    public static IEnumerable<GlossaryTerm> AToZ(IEnumerable<GlossaryTerm> terms) =>
        terms.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id, StringComparer.Ordinal);

    /// <summary>Sources by name, as the sources page and every brief's sources list them.</summary>
    public static IEnumerable<SourceEntry> ByName(IEnumerable<SourceEntry> sources) =>
        sources.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal);

    /// <summary>By file path: the order documents are processed and diagnostics are reported in.</summary>
    public static IEnumerable<T> ByFile<T>(IEnumerable<T> items) where T : ContentItem =>
        items.OrderBy(i => i.Source, StringComparer.Ordinal);
}
