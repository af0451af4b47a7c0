using Brief.Tests.Support;

namespace Brief.Tests.Site;

/// <summary>A briefing on another topic, laid out per the contract (with subfolders, an asset, a partial brief), builds just as well.</summary>
public class SecondBriefingTests
{
    private static readonly string Fixture = Path.Combine(Repo.Fixtures, "second-briefing");

    [Fact]
    public void It_builds_cleanly_with_every_page()
    {
        using var site = FixtureSite.CopyOf(Fixture);

        site.Build().AssertClean();

        string[] pages = ["index.html", "explainers/law-of-the-sea/index.html", "explainers/attribution/index.html", "options/patrols/index.html",
            "options/hardening/index.html", "glossary/eez/index.html", "glossary/repair-ship/index.html", "sources/analyst/index.html",
            "timeline/index.html", "briefs/board/index.html", "assets/cables.svg"];
        Assert.All(pages, p => Assert.True(site.Exists(p), p));
        Assert.Equal("/timeline/#repair", site.Page("explainers/law-of-the-sea/").QuerySelector(".body a[href*='timeline']")!.GetAttribute("href"));
        Assert.NotEmpty(site.Page("options/hardening/").QuerySelectorAll(".body a.term-link[href='/glossary/rov/']"));
    }

    [Fact]
    public void A_404_page_links_back_into_the_site_from_any_depth()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        site.Build(baseUrl: "/cables/").AssertClean();

        var page = site.Page("404.html");

        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/cables/", page.QuerySelector(".not-found a")!.GetAttribute("href"));
        Assert.Equal("/cables/theme/style.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_brief_with_single_items_holds_just_those()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        site.Build().AssertClean();

        var brief = site.Page("briefs/board/");

        Assert.Equal(["b-patrols"], brief.QuerySelectorAll("article.brief-option").Select(a => a.Closest("section")!.Id));
        Assert.NotNull(brief.GetElementById("b-law-of-the-sea"));
        Assert.Contains("paper-a4", brief.Body!.ClassName);
        // the option's link to the explainer stays inside the brief, since the brief holds it
        Assert.NotNull(brief.QuerySelector("article.brief-option a[href='#b-law-of-the-sea--freedom-to-lay-cables']"));
    }

    [Fact]
    public void A_brief_glossary_holds_only_the_terms_the_brief_uses_spelled_out_on_first_use_in_print()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        site.Build().AssertClean();

        var brief = site.Page("briefs/board/");
        var listed = brief.QuerySelectorAll(".brief-glossary .entry dt").Select(dt => dt.FirstChild!.TextContent.Trim()).ToList();

        Assert.Contains("UNCLOS", listed);
        Assert.DoesNotContain("cost overrun", listed); // used only on the option card the brief leaves out
        var expansions = brief.QuerySelectorAll(".print-expansion").Select(e => e.TextContent).ToList();
        Assert.Equal(1, expansions.Count(e => e.StartsWith("United Nations Convention on the Law of the Sea", StringComparison.Ordinal)));
    }

    [Fact]
    public void External_links_in_a_brief_become_numbered_endnotes()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        site.Write("explainers/legal/law-of-the-sea.md", File.ReadAllText(Path.Combine(site.Input, "explainers/legal/law-of-the-sea.md"))
            + "\nRead [the treaty](https://example.org/unclos) and [again](https://example.org/unclos).\n");
        site.Build().AssertClean();

        var brief = site.Page("briefs/board/");

        Assert.Equal(["1", "1"], brief.QuerySelectorAll("sup.link-note a").Select(a => a.TextContent));
        Assert.Equal("https://example.org/unclos", brief.QuerySelector("#link-note-1 a")!.GetAttribute("href"));
        Assert.Empty(site.Page("explainers/law-of-the-sea/").QuerySelectorAll("sup.link-note"));
    }

    [Fact]
    public void Under_a_sub_path_every_internal_link_starts_with_it()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        site.Build(baseUrl: "/cables/").AssertClean();

        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = site.Page(Path.GetRelativePath(site.Output, file));
            var hrefs = page.QuerySelectorAll("a[href], link[href], img[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);
            Assert.All(hrefs.Where(h => !h.StartsWith('#') && !h.StartsWith("https:", StringComparison.Ordinal)),
                h => Assert.StartsWith("/cables/", h));
        }
    }
}
