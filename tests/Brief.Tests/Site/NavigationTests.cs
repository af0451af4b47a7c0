using Brief.Tests.Support;

namespace Brief.Tests.Site;

/// <summary>Finding one's way: skip link, breadcrumbs, previous/next within a type, heading anchors.</summary>
public class NavigationTests
{
    private static FixtureSite ThreeExplainers()
    {
        var site = FixtureSite.Minimal();
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\norder: 1\n---\n## Background\n\nA SOFA matters. See [the " +
            "option](../options/raid.md#what-it-is).\n\n## What's next & why\n\nMore.\n");
        site.Write("explainers/middle.md", "---\ntitle: Middle\nsummary: S.\norder: 2\n---\nText under Title 50.\n");
        site.Write("explainers/last.md", "---\ntitle: Last\nsummary: S.\norder: 3\n---\nText.\n");
        return site;
    }

    [Fact]
    public void Pages_of_a_type_link_to_the_one_before_and_after_in_index_order()
    {
        using var site = ThreeExplainers();
        site.Build().AssertClean();

        (string?, string?) Pager(string path) =>
        (
            site.Page(path).QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href"),
            site.Page(path).QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href")
        );
        Assert.Equal((null, "/explainers/middle/"), Pager("explainers/basics/"));
        Assert.Equal(("/explainers/basics/", "/explainers/last/"), Pager("explainers/middle/"));
        Assert.Equal(("/explainers/middle/", null), Pager("explainers/last/"));
        Assert.Equal("More explainers", site.Page("explainers/middle/").QuerySelector("nav.pager")!.GetAttribute("aria-label"));
        Assert.Null(site.Page("options/raid/").QuerySelector("nav.pager")); // the only option
    }

    [Fact]
    public void Breadcrumbs_lead_home_and_to_the_section_and_mark_the_current_page()
    {
        using var site = ThreeExplainers();
        site.Build().AssertClean();

        var crumbs = site.Page("glossary/sofa/").QuerySelector("nav.breadcrumbs[aria-label=Breadcrumb]")!;
        Assert.Equal(["/", "/glossary/"], crumbs.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Home", "Glossary", "SOFA"], crumbs.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Equal("SOFA", crumbs.QuerySelector("[aria-current=page]")!.TextContent);
        Assert.Equal("#main", site.Page("glossary/sofa/").QuerySelector("a.skip-link")!.GetAttribute("href"));
    }

    [Fact]
    public void Headings_carry_a_link_to_themselves_with_an_accessible_name_and_unchanged_text()
    {
        using var site = ThreeExplainers();
        site.Build().AssertClean();

        var heading = site.Page("explainers/basics/").QuerySelectorAll(".body h2")[1];
        var anchor = heading.QuerySelector("a.heading-anchor")!;
        Assert.Equal(("#whats-next--why", "Link to this section: What\u2019s next & why"),
            (anchor.GetAttribute("href"), anchor.GetAttribute("aria-label")));
        Assert.Equal("What\u2019s next & why", heading.TextContent.Trim());
        Assert.Empty(site.Page("briefs/brief/").QuerySelectorAll(".heading-anchor")); // not in print
    }

    [Fact]
    public void Related_pages_are_those_sharing_tags_first_then_glossary_terms_and_never_the_page_itself()
    {
        using var site = ThreeExplainers();
        site.Write("explainers/last.md", "---\ntitle: Last\nsummary: S.\norder: 3\ntags: [law]\n---\nText.\n");
        site.Write("explainers/tagged.md", "---\ntitle: Tagged\nsummary: S.\norder: 4\ntags: [Law]\n---\nNothing shared but the tag.\n");
        site.Build().AssertClean();

        string[] Related(string path) => [.. site.Page(path).QuerySelectorAll("aside.related a").Select(a => a.GetAttribute("href")!)];
        Assert.Equal(["/explainers/tagged/"], Related("explainers/last/"));
        Assert.Equal(["/options/raid/"], Related("explainers/middle/")); // both use Title 50
        Assert.Equal(["/explainers/middle/"], Related("options/raid/"));
        Assert.Empty(Related("explainers/basics/")); // SOFA is on no other page: no "Related" at all
        Assert.Null(site.Page("explainers/basics/").QuerySelector("aside.related"));
    }
}
