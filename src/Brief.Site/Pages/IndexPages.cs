using Brief.Content.Model;
using Brief.Site.Theme;
using Scriban.Runtime;
using static Brief.Site.Theme.ScriptValues;

namespace Brief.Site.Pages;

/// <summary>
/// The index of each kind: explainers and options in reading order (options with the comparison matrix and the
/// authorities table), the glossary A–Z by letter, sources by name, and the timeline.
/// </summary>
public static class IndexPages
{
    public static IEnumerable<PlannedPage> Plan(PagePlanning planning)
    {
        var (catalog, views) = (planning.Catalog, planning.Views);
        yield return new PlannedPage("explainers", "explainers/", "explainers", () => Index("Explainers", views, catalog.Ordered<Explainer>()),
            ShowsKinds: []);
        yield return new PlannedPage("options", "options/", "options", () =>
        {
            var options = catalog.Ordered<OptionCard>();
            var page = Index("Options", views, options, views.OptionSummary);
            page["matrix"] = views.Matrix(options);
            page["authorities"] = views.Authorities(options);
            page["decision"] = DecisionMatrixView.Of(catalog, options);
            return page;
        }, ShowsKinds: []);
        yield return new PlannedPage("glossary", "glossary/", "glossary", () =>
        {
            var terms = catalog.TermsAToZ();
            var page = Index("Glossary", views, terms, views.TermSummary);
            page["letters"] = Array(terms.GroupBy(t => Letter(t.Term)).OrderBy(g => g.Key, StringComparer.Ordinal),
                g => Obj(("letter", g.Key), ("anchor", g.Key == "#" ? "other" : g.Key.ToLowerInvariant()), ("items", Array(g, views.TermSummary))));
            return page;
        }, ShowsKinds: [ContentKind.Term]);
        yield return new PlannedPage("sources", "sources/", "sources", () => Index("Sources", views, catalog.SourcesByName(), views.Source),
            ShowsKinds: [ContentKind.Source]);
        yield return new PlannedPage("timeline", "timeline/", "timeline", () => Index("Timeline", views, catalog.Chronology(), views.Event),
            ShowsKinds: [ContentKind.Event]);
    }

    private static ScriptObject Index<T>(string title, Views views, IReadOnlyList<T> items, Func<T,
        ScriptObject>? map = null) where T : ContentItem =>
        Obj(("title", title), ("summary", null), ("items", Array(items, map ?? views.ListedLink)));

    /// <summary>The letter a term is listed under: its first letter, or '#' for a digit or symbol.</summary>
    private static string Letter(string term) =>
        term.Length > 0 && char.IsAsciiLetter(term[0]) ? char.ToUpperInvariant(term[0]).ToString() : "#";
}
