using Brief.Content.Model;
using Brief.Markdown.Rendering;

namespace Brief.Site.Model;

/// <summary>
/// "Related" pages for each explainer and option card: the others that share its tags (worth three) and the glossary
/// terms its body uses (worth one), best first. A tag or term on more than <see cref="CommonCap"/> pages says little
/// about any two of them and is skipped, which also keeps the work linear in the number of pages. By id, so that
/// brief serve can keep it for as long as tags, titles and term uses have not changed.
/// </summary>
public static class Related
{
    public const int CommonCap = 50;
    public const int Shown = 4;

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Build(Catalog catalog, IReadOnlyDictionary<string, RenderResult> rendered)
    {
        var items = catalog.Items.Values.Where(i => i is Explainer or OptionCard).OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        var features = items.ToDictionary(i => i.Id, i => Features(i, rendered), StringComparer.Ordinal);
        var holders = new Dictionary<string, List<ContentItem>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var (feature, _) in features[item.Id])
            {
                (holders.TryGetValue(feature, out var list) ? list : holders[feature] = []).Add(item);
            }
        }
        var related = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var scores = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (feature, weight) in features[item.Id])
            {
                if (holders[feature] is { Count: <= CommonCap } sharing)
                {
                    foreach (var other in sharing.Where(o => o.Id != item.Id))
                    {
                        scores[other.Id] = scores.GetValueOrDefault(other.Id) + weight;
                    }
                }
            }
            related[item.Id] = [.. scores.OrderByDescending(s => s.Value).ThenBy(s => catalog.Items[s.Key].Title, StringComparer.OrdinalIgnoreCase)
                .ThenBy(s => s.Key, StringComparer.Ordinal).Take(Shown).Select(s => s.Key)];
        }
        return related;
    }

    private static List<(string Feature, int Weight)> Features(ContentItem item, IReadOnlyDictionary<string, RenderResult> rendered) =>
        [.. item.Tags.Distinct(StringComparer.OrdinalIgnoreCase).Select(t => ("tag:" + t.ToLowerInvariant(), 3)),
         .. (rendered.TryGetValue(item.Id, out var body) ? body.TermIds : []).Distinct(StringComparer.Ordinal).Select(t => ("term:" + t, 1))];
}
