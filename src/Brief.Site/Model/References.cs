using System.Collections.Frozen;
using System.Collections.Immutable;
using Brief.Content.Model;
using Brief.Markdown.Rendering;

namespace Brief.Site.Model;

/// <summary>
/// Who refers to whom, for "Referenced by": body links, glossary uses, and front matter references (sources,
/// authorities, precedents). Built in one pass over every rendered page: linear in the number of references. Holds
/// ids, not the documents, so that brief serve can keep it for as long as who refers to whom has not changed.
/// </summary>
public sealed class References
{
    private readonly FrozenDictionary<string, ImmutableArray<string>> _to;

    private References(FrozenDictionary<string, ImmutableArray<string>> to) => _to = to;

    public static References Build(Catalog catalog, IReadOnlyDictionary<string, RenderResult> rendered)
    {
        var to = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var item in catalog.Items.Values)
        {
            var targets = new HashSet<string>(StringComparer.Ordinal);
            if (rendered.TryGetValue(item.Id, out var result))
            {
                targets.UnionWith(result.LinkedIds);
                targets.UnionWith(result.TermIds);
            }
            targets.UnionWith(item.Sources.Select(s => s.Value));
            if (item is OptionCard option)
            {
                targets.UnionWith(option.Authorities.Select(a => a.Value));
                targets.UnionWith(option.Precedents.Select(p => p.Value));
            }
            targets.Remove(item.Id);
            foreach (var target in targets.Where(catalog.Items.ContainsKey))
            {
                (to.TryGetValue(target, out var set) ? set : to[target] = new HashSet<string>(StringComparer.Ordinal)).Add(item.Id);
            }
        }
        return new References(to.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Value.Select(id => catalog.Items[id])
                .OrderBy(i => i.Kind).ThenBy(i => i.Title, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Id, StringComparer.Ordinal).Select(i => i.Id).ToImmutableArray(),
            StringComparer.Ordinal));
    }

    /// <summary>The ids of the documents that refer to <paramref name="id"/>, by kind, then title.</summary>
    public ImmutableArray<string> To(string id) => _to.TryGetValue(id, out var ids) ? ids : [];
}
