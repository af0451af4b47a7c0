using System.Collections.Frozen;
using System.Collections.Immutable;
using Brief.Content.Model;
using Brief.Core.Modules;
using Brief.Markdown.Rendering;

namespace Brief.Site.Model;

/// <summary>
/// Who refers to whom, for "Referenced by" (a source's "Cited by"): body links, glossary uses, citations, and front matter references (sources,
/// authorities, precedents). Built in one pass over every rendered page: linear in the number of references. Holds
/// ids, not the documents, so that brief serve can keep it for as long as who refers to whom has not changed.
/// </summary>
public sealed class References
{
    private readonly FrozenDictionary<string, ImmutableArray<string>> _to;

    private References(FrozenDictionary<string, ImmutableArray<string>> to) => _to = to;

    /// <summary>For each document referred to, who refers to it, in the order shown: what a build cache saves.</summary>
    public IEnumerable<KeyValuePair<string, ImmutableArray<string>>> Lists => _to;

    /// <summary>References as <see cref="Lists"/> gave them (read back from a build cache).</summary>
    public static References Of(IEnumerable<KeyValuePair<string, ImmutableArray<string>>> lists) =>
        new(lists.ToFrozenDictionary(StringComparer.Ordinal));

    public static References Build(Catalog catalog, IReadOnlyDictionary<string, RenderResult> rendered)
    {
        // Documents are visited in the order a list of referrers is shown in (by kind, then title), so each list
        // comes out sorted: one sort of every document, not one per list (a glossary term is used by nearly every
        // page, so sorting each list would sort nearly every page once per term). Each core takes a run of that
        // order, and the runs' lists are joined run after run, so they stay sorted; this step has the build to
        // itself, so on one core the other cores would wait.
        var ordered = catalog.Items.Values.OrderBy(i => i.Kind).ThenBy(i => i.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(i => i.Id, StringComparer.Ordinal).ToArray();
        var runs = Math.Max(1, Math.Min(Environment.ProcessorCount, ordered.Length));
        var parts = Parallelism.Map(Enumerable.Range(0, runs).ToArray(),
            run => Referrers(catalog, rendered, ordered.AsSpan((ordered.Length * run / runs)..(ordered.Length * (run + 1) / runs))));
        var to = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (target, referrers) in part)
            {
                if (to.TryGetValue(target, out var list))
                {
                    list.AddRange(referrers);
                }
                else
                {
                    to[target] = referrers;
                }
            }
        }
        return new References(to.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToImmutableArray(), StringComparer.Ordinal));
    }

    /// <summary>For each document that <paramref name="items"/> refer to, those that do, in the order given.</summary>
    private static Dictionary<string, List<string>> Referrers(
        Catalog catalog, IReadOnlyDictionary<string, RenderResult> rendered, ReadOnlySpan<ContentItem> items)
    {
        var to = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            targets.Clear();
            if (rendered.TryGetValue(item.Id, out var result))
            {
                targets.UnionWith(result.LinkedIds);
                targets.UnionWith(result.TermIds);
                targets.UnionWith(result.CitedIds);
            }
            targets.UnionWith(item.Sources.Select(s => s.Value));
            if (item is OptionCard option)
            {
                targets.UnionWith(option.Authorities.Select(a => a.Value));
                targets.UnionWith(option.Precedents.Select(p => p.Value));
            }
            targets.Remove(item.Id);
            foreach (var target in targets)
            {
                if (catalog.Items.ContainsKey(target))
                {
                    (to.TryGetValue(target, out var list) ? list : to[target] = []).Add(item.Id);
                }
            }
        }
        return to;
    }

    /// <summary>The ids of the documents that refer to <paramref name="id"/>, by kind, then title.</summary>
    public ImmutableArray<string> To(string id) => _to.TryGetValue(id, out var ids) ? ids : [];
}
