using Brief.Content.Model;
using Brief.Site.Model;
using Brief.Site.Theme;
using Scriban.Runtime;
using static Brief.Site.Theme.ScriptValues;

namespace Brief.Site.Pages;

/// <summary>
/// One page per document (explainer, option, term, source, plain page), with the pages before and after it in its
/// index's order, and for explainers and options the related pages. Events have no page of their own: they are on
/// the timeline.
/// </summary>
public static class DocumentPages
{
    public static IEnumerable<PlannedPage> Plan(PagePlanning planning)
    {
        var (catalog, views) = (planning.Catalog, planning.Views);
        var sequence = Sequences(catalog);
        ScriptObject Paged(ScriptObject page, ContentItem item) => Pager(page, item, sequence, views);
        ScriptObject Related(ScriptObject page, ContentItem item) => WithRelated(page, item, planning.Related.Value, views);
        foreach (var item in catalog.ByFile())
        {
            var path = Urls.PathOf(item);
            PlannedPage? page = item switch
            {
                Explainer explainer => new("explainer", path, "explainers", () => Related(Paged(views.Page(explainer), explainer), explainer),
                    item.Id),
                OptionCard option => new("option", path, "options", () => Related(Paged(views.Option(option), option), option), item.Id),
                GlossaryTerm term => new("term", path, "glossary", () => Paged(views.Term(term), term), item.Id),
                SourceEntry source => new("source", path, "sources", () => Paged(views.Source(source), source), item.Id),
                PlainPage plain => new("page", path, "", () => views.Page(plain), item.Id),
                _ => null,
            };
            if (page is not null)
            {
                yield return page;
            }
        }
    }

    /// <summary>
    /// The order readers page through each type in, as its index lists it (explainers and options in reading order,
    /// terms A–Z, sources by name): for every page, the one before and the one after.
    /// </summary>
    private static Dictionary<string, (ContentItem? Previous, ContentItem? Next)> Sequences(Catalog catalog)
    {
        IReadOnlyList<ContentItem>[] lists =
            [catalog.Ordered<Explainer>(), catalog.Ordered<OptionCard>(), catalog.TermsAToZ(), catalog.SourcesByName()];
        var neighbours = new Dictionary<string, (ContentItem?, ContentItem?)>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                neighbours[list[i].Id] = (i > 0 ? list[i - 1] : null, i + 1 < list.Count ? list[i + 1] : null);
            }
        }
        return neighbours;
    }

    private static ScriptObject Pager(ScriptObject page, ContentItem item, Dictionary<string, (ContentItem? Previous,
        ContentItem? Next)> sequence, Views views)
    {
        var (previous, next) = sequence[item.Id];
        page["previous"] = previous is null ? null : views.Link(previous);
        page["next"] = next is null ? null : views.Link(next);
        return page;
    }

    private static ScriptObject WithRelated(ScriptObject page, ContentItem item, IReadOnlyDictionary<string, IReadOnlyList<string>> related,
        Views views)
    {
        page["related"] = Array(related.GetValueOrDefault(item.Id) ?? [], id => views.ListedLink(views.Catalog.Items[id]));
        return page;
    }
}
