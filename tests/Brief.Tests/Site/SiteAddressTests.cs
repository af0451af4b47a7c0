using System.Xml.Linq;
using Brief.Core.Diagnostics;
using Brief.Site;
using Brief.Tests.Support;

namespace Brief.Tests.Site;

/// <summary>
/// Where the site is published: site.yml's url and brief build --url, whose path is the base URL, and --base-url
/// beside them. Sitemap, feed and canonical links carry the full address, path included.
/// </summary>
public class SiteAddressTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static FixtureSite WithSiteFile(string extra)
    {
        var site = FixtureSite.Minimal();
        site.Write("site.yml", "title: T\nas_of: 2025-02-04\n" + extra);
        return site;
    }

    private static BuildResult Build(FixtureSite site, string? url = null, string? baseUrl = null) =>
        SiteBuilder.BuildAsync(site.Options(baseUrl) with { Url = url }, strict: false).GetAwaiter().GetResult();

    [Fact]
    public void A_url_with_a_path_puts_the_site_under_that_path_in_links_sitemap_feed_and_canonical_links()
    {
        using var site = WithSiteFile("url: https://briefing.example.org/cartels/\n");
        site.Build().AssertClean();

        AssertPublishedAt(site, "https://briefing.example.org", "/cartels/");
    }

    [Fact]
    public void Build_url_alone_is_enough_for_a_project_site_and_overrides_site_yml()
    {
        using var site = WithSiteFile("url: https://briefing.example.org/cartels/\n");
        Build(site, url: "https://owner.github.io/repo").AssertClean();

        AssertPublishedAt(site, "https://owner.github.io", "/repo/");
    }

    [Fact]
    public void Build_url_without_a_path_leaves_the_path_to_base_url()
    {
        using var site = WithSiteFile("base_url: /cartels/\n");
        Build(site, url: "https://briefing.example.org/").AssertClean();

        AssertPublishedAt(site, "https://briefing.example.org", "/cartels/");
    }

    [Fact]
    public void Base_url_that_names_the_same_path_as_the_url_is_accepted()
    {
        using var site = WithSiteFile("url: https://briefing.example.org/cartels/\nbase_url: cartels\n");
        Build(site, url: "https://owner.github.io/repo/", baseUrl: "/repo/").AssertClean();

        AssertPublishedAt(site, "https://owner.github.io", "/repo/");
    }

    [Fact]
    public void A_base_url_that_disagrees_with_the_urls_path_is_an_error_at_its_line_and_column_with_a_hint()
    {
        using var site = WithSiteFile("url: https://briefing.example.org/cartels/\nbase_url: /other/\n");

        var error = site.Build().Single(Codes.InvalidValue);

        Assert.Equal(("input/site.yml", 4, 11), (error.File, error.Line, error.Column));
        Assert.Equal("'base_url' is '/other/', but 'url' puts the site under '/cartels/'", error.Message);
        Assert.Contains("remove 'base_url'", error.Hint, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output) && site.Exists("index.html"));
    }

    [Theory]
    [InlineData("https://briefing.example.org/cartels/?x=1")]
    [InlineData("https://briefing.example.org/cartels/#top")]
    [InlineData("https://user@briefing.example.org/")]
    [InlineData("https://briefing.example.org/a%20b/")]
    [InlineData("/cartels/")]
    public void A_url_that_is_not_a_plain_http_address_is_an_error_at_its_line_and_column_with_a_hint(string url)
    {
        using var site = WithSiteFile($"url: \"{url}\"\n");

        var error = site.Build().Single(Codes.InvalidValue);

        Assert.Equal(("input/site.yml", 3, 6), (error.File, error.Line, error.Column));
        Assert.Equal($"'url' is '{url}', not an http or https address", error.Message);
        Assert.Contains("https://briefing.example.org/cartels/", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_url_that_is_not_an_http_address_is_an_error_naming_the_option_with_a_hint()
    {
        using var site = WithSiteFile("");

        var error = Build(site, url: "owner.github.io/repo/").Single(Codes.InvalidValue);

        Assert.Equal("--url", error.File);
        Assert.Equal("--url is 'owner.github.io/repo/', not an http or https address", error.Message);
        Assert.Contains("--url https://owner.github.io/repo/", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_base_url_that_disagrees_with_the_build_urls_path_is_an_error_with_a_hint()
    {
        using var site = WithSiteFile("");

        var error = Build(site, url: "https://owner.github.io/repo/", baseUrl: "/other/").Single(Codes.InvalidValue);

        Assert.Equal("--base-url", error.File);
        Assert.Equal("--base-url is '/other/', but --url puts the site under '/repo/'", error.Message);
        Assert.Contains("leave out --base-url", error.Hint, StringComparison.Ordinal);
    }

    private static void AssertPublishedAt(FixtureSite site, string origin, string path)
    {
        var root = origin + path;
        var locs = XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Root!.Elements(Sitemap + "url")
            .Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Contains(root, locs);
        Assert.Contains(root + "options/raid/", locs);
        Assert.All(locs, l => Assert.StartsWith(root, l));
        Assert.Equal($"User-agent: *\nAllow: /\nSitemap: {root}sitemap.xml\n", File.ReadAllText(Path.Combine(site.Output, "robots.txt")));

        var feed = XDocument.Load(Path.Combine(site.Output, "feed.xml")).Root!;
        Assert.Equal(root + "feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.All(feed.Elements(Atom + "entry"), e => Assert.StartsWith(root, e.Element(Atom + "id")!.Value));

        var page = site.Page("options/raid/");
        Assert.Equal(root + "options/raid/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(path + "feed.xml", page.QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href"));
        Assert.StartsWith(path + "theme/", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }
}
