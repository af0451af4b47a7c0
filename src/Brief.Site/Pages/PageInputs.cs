using Brief.Content.Model;
using Brief.Markdown.Rendering;
using Brief.Site.Incremental;
using Brief.Site.Model;
using Brief.Site.Theme;

namespace Brief.Site.Pages;

/// <summary>
/// What page models are built from: everything but the bodies (the theme, the catalog, every document's front
/// matter, and who links to whom, uses which term and cites which source), and the bodies of each kind of document. A page depends on
/// the first, and on the bodies it shows (<see cref="Of"/>); a page whose inputs are those of the last build is unchanged.
/// </summary>
public sealed record PageInputs(string Everything, IReadOnlyDictionary<ContentKind, string> BodiesOf, IReadOnlyDictionary<string, string> BodyKeys)
{
    public static PageInputs Compute(Catalog catalog, IReadOnlyDictionary<string, RenderResult> rendered, IReadOnlyDictionary<string,
        string> bodyKeys,
        ThemeTemplates theme)
    {
        using var everything = new Fingerprint();
        var bodies = Enum.GetValues<ContentKind>().ToDictionary(k => k, _ => new Fingerprint());
        everything.Add(theme.Key).Add(catalog.Key);
        foreach (var id in catalog.Items.Keys.Order(StringComparer.Ordinal))
        {
            everything.Add(id).Add(catalog.FrontMatterKeys[id]);
            if (rendered.TryGetValue(id, out var result))
            {
                foreach (var target in result.LinkedIds)
                {
                    everything.Add("link").Add(target);
                }
                foreach (var term in result.TermIds)
                {
                    everything.Add("term").Add(term);
                }
                foreach (var source in result.CitedIds)
                {
                    everything.Add("cite").Add(source);
                }
            }
            bodies[catalog.Items[id].Kind].Add(id).Add(bodyKeys.GetValueOrDefault(id));
        }
        var bodiesOf = new SortedDictionary<ContentKind, string>();
        foreach (var (kind, fingerprint) in bodies)
        {
            bodiesOf[kind] = fingerprint.Finish();
            fingerprint.Dispose();
        }
        return new PageInputs(everything.Finish(), bodiesOf, bodyKeys);
    }

    /// <summary>The fingerprint of what one page is built from.</summary>
    public string Of(PlannedPage page) => Fingerprint.Of([Everything, page.Layout, page.Path, page.Also,
        .. page.Shows is { } id ? [BodyKeys[id]] : page.ShowsKinds is { } kinds ? kinds.Select(k => BodiesOf[k]) : BodiesOf.Values]);
}
