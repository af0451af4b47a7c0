using Brief.Site.Pages.Brief;

namespace Brief.Site.Pages;

/// <summary>A printable page per brief manifest (the default brief when there is none), at /briefs/NAME/.</summary>
public static class BriefPages
{
    public static IEnumerable<PlannedPage> Plan(PagePlanning planning)
    {
        var (views, context) = (planning.Views, planning.Context);
        var urls = planning.Catalog.Urls;
        foreach (var manifest in views.Manifests())
        {
            yield return new PlannedPage("brief", $"briefs/{manifest.Name}/", "", () =>
            {
                var cache = context.Setting(SiteKeys.Cache);
                var contents = BriefContents.Of(manifest, views, planning.Inputs, cache);
                var page = BriefModel.Build(contents, views, context.Setting(SiteKeys.Theme), planning.Inputs, context.Diagnostics, cache);
                page["url"] = urls.To($"briefs/{manifest.Name}/");
                page["print_css_url"] = urls.To($"briefs/{manifest.Name}/print.css");
                return page;
            }, Banner: _ => views.Banners.OfBrief(BriefContents.Of(manifest, views, planning.Inputs, context.Setting(SiteKeys.Cache))));
        }
    }
}
