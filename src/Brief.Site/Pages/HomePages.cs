using Brief.Content.Model;
using Brief.Markdown.Rendering;
using Brief.Site.Links;
using Scriban.Runtime;
using static Brief.Site.Theme.ScriptValues;

namespace Brief.Site.Pages;

/// <summary>
/// The home page: the bottom line up front (the home body's first section) apart from the rest of its body, the
/// options at a glance, the explainers and pages, and how many of each kind the briefing holds.
/// </summary>
public static class HomePages
{
    public static IEnumerable<PlannedPage> Plan(PagePlanning planning)
    {
        yield return new PlannedPage("home", "", "", () => Model(planning), ShowsKinds: [ContentKind.Home]);
    }

    private static ScriptObject Model(PagePlanning planning)
    {
        var (catalog, views) = (planning.Catalog, planning.Views);
        var home = catalog.All<HomePage>().FirstOrDefault();
        var page = home is null
            ? Obj(("title", catalog.Site.Title), ("summary", null), ("body_html", null), ("bluf_html", null), ("rest_html", null))
            : WithBody(views.Page(home), home, planning);
        page["title"] = catalog.Site.Title;
        page["options"] = Array(catalog.Ordered<OptionCard>(), views.OptionSummary);
        page["explainers"] = Array(catalog.Ordered<Explainer>(), views.Link);
        page["pages"] = Array(catalog.Ordered<PlainPage>(), views.Link);
        page["counts"] = Obj(("explainers", catalog.All<Explainer>().Count()), ("options", catalog.All<OptionCard>().Count()),
            ("terms", catalog.All<GlossaryTerm>().Count()), ("sources", catalog.All<SourceEntry>().Count()), ("events",
                catalog.All<TimelineEvent>().Count()));
        return page;
    }

    /// <summary>The home body in two parts: its first section (after a heading, if it starts with one) and the rest.</summary>
    private static ScriptObject WithBody(ScriptObject page, HomePage home, PagePlanning planning)
    {
        var (catalog, diagnostics) = (planning.Catalog, planning.Context.Diagnostics);
        var parsed = catalog.Parsed[home.Id];
        var syntax = parsed.Tree(); // one tree for both parts
        var bluf = MarkdownRenderer.FirstSection(syntax);
        var headed = syntax.FirstOrDefault() is Markdig.Syntax.HeadingBlock;
        page["bluf_title"] = headed ? parsed.Headings[0].Text : "Bottom line up front";
        var cited = planning.Views.Rendered(home.Id)?.CitedIds ?? [];
        var blufHtml = MarkdownRenderer.Render(parsed, BodyRendering.OnHome(catalog, home, diagnostics, "bluf", cited), bluf).Html;
        page["bluf_html"] = blufHtml.IsEmpty ? null : blufHtml;
        page["rest_html"] = MarkdownRenderer.Render(parsed, BodyRendering.OnHome(catalog, home, diagnostics, "more", cited),
            syntax.Skip(bluf.Count + (headed ? 1 : 0))).Html;
        return page;
    }
}
