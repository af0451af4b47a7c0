using Brief.Site.Search;
using static Brief.Site.Theme.ScriptValues;

namespace Brief.Site.Pages;

/// <summary>The pages every site has whatever it holds: the page for an address that is not there, and search.</summary>
public static class SitePages
{
    public static IEnumerable<PlannedPage> Plan(PagePlanning planning)
    {
        var urls = planning.Catalog.Urls;
        var offline = planning.Context.Setting(SiteKeys.Options).Offline;
        yield return new PlannedPage("notfound", "404.html", "", () => Obj(("title", "Page not found"), ("summary", null)), ShowsKinds: []);
        // the index's version names its files afresh for browsers that kept an older index
        var version = planning.Context.OutputsOf(SitePipelines.Search).FirstOrDefault(d => d.TryGet(SiteKeys.SearchVersion,
            out _))?.Get(SiteKeys.SearchVersion);
        yield return new PlannedPage("search", "search/", "search", () => Obj(("title", "Search"), ("summary", null), ("url", urls.To("search/")),
            ("index", version is null ? null : Obj(("url", urls.Folder(SearchIndex.Folder)), ("version", version[..16]), ("root", urls.Folder("")),
                ("offline", offline)))),
            ShowsKinds: [], Also: version);
    }
}
