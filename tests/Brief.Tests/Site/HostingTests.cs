using System.Xml.Linq;
using System.Xml.Schema;
using Brief.Core.Diagnostics;
using Brief.Tests.Support;

namespace Brief.Tests.Site;

/// <summary>What hosts and crawlers read: sitemap, robots.txt, the Atom feed, canonical links, and a strict CSP.</summary>
public class HostingTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static FixtureSite Published()
    {
        var site = FixtureSite.Minimal();
        site.Write("site.yml", "title: Test briefing\nsubtitle: A test\nas_of: 2025-02-04\nurl: https://briefing.example.org/\n");
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: The basics & more.\nreviewed: 2025-01-20\n---\nA SOFA matters.\n");
        site.Write("explainers/later.md", "---\ntitle: Later\nsummary: Reviewed later.\nreviewed: 2025-02-01\n---\nText, per Title 50.\n");
        return site;
    }

    [Fact]
    public void The_sitemap_lists_every_page_by_its_full_address_under_the_base_url_and_not_the_404_page()
    {
        using var site = Published();
        site.Build(baseUrl: "/briefings/").AssertClean();

        var locs = XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Root!.Elements(Sitemap + "url")
            .Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        var pages = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => "https://briefing.example.org/briefings/" + Path.GetRelativePath(site.Output, Path.GetDirectoryName(f)!).Replace('\\', '/')
                .Replace(".", "") + "/")
            .Select(u => u.Replace("briefings//", "briefings/")).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(pages, locs);
        Assert.Contains("https://briefing.example.org/briefings/options/raid/", locs);
        Assert.DoesNotContain(locs, l => l.Contains("404", StringComparison.Ordinal));
        Assert.Equal("User-agent: *\nAllow: /\nSitemap: https://briefing.example.org/briefings/sitemap.xml\n",
            File.ReadAllText(Path.Combine(site.Output, "robots.txt")));
    }

    [Fact]
    public void The_feed_is_atom_with_the_newest_reviewed_pages_first()
    {
        using var site = Published();
        site.Build().AssertClean();

        var feed = XDocument.Load(Path.Combine(site.Output, "feed.xml")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(("Test briefing", "https://briefing.example.org/", "2025-02-04T00:00:00Z"),
            (feed.Element(Atom + "title")!.Value, feed.Element(Atom + "id")!.Value, feed.Element(Atom + "updated")!.Value));
        Assert.Equal("https://briefing.example.org/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self")
            .Attribute("href")!.Value);
        var entries = feed.Elements(Atom + "entry").Select(e => (e.Element(Atom + "title")!.Value, e.Element(Atom + "updated")!.Value,
            e.Element(Atom + "id")!.Value, e.Element(Atom + "summary")!.Value)).ToList();
        Assert.Equal([
            ("Later", "2025-02-01T00:00:00Z", "https://briefing.example.org/explainers/later/", "Reviewed later."),
            ("Basics", "2025-01-20T00:00:00Z", "https://briefing.example.org/explainers/basics/", "The basics & more."),
        ], entries);
        Assert.Equal("Test briefing: changes", site.Page("")
            .QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("title"));
    }

    [Fact]
    public void The_briefings_sitemap_and_feed_are_valid_against_the_sitemap_protocol_and_atom()
    {
        using var site = FixtureSite.CopyOf(Repo.Input);
        site.Write("site.yml", File.ReadAllText(Path.Combine(Repo.Input, "site.yml")) + "url: https://briefing.example.org/\n");
        site.Build(baseUrl: "/cartels/").AssertClean();

        var sitemap = Validated("sitemap.xml", "sitemap.xsd", site);
        var feed = Validated("feed.xml", "atom.xsd", site).Root!;

        Assert.True(sitemap.Root!.Elements(Sitemap + "url").Count() > 50);
        foreach (var required in new[] { "id", "title", "updated" })
        {
            Assert.Single(feed.Elements(Atom + required));
            Assert.All(feed.Elements(Atom + "entry"), e => Assert.Single(e.Elements(Atom + required)));
        }
        Assert.NotEmpty(feed.Elements(Atom + "author")); // so no entry needs its own
        Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.All(feed.Elements(Atom + "entry"), e => Assert.Single(e.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate"));
        var ids = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.StartsWith("https://briefing.example.org/cartels/", id));
        Assert.True(ids.Count > 10);
    }

    /// <summary>Loads a file of the built site, validated against a schema of tests/Brief.Tests/Schemas; any
    /// schema error fails the test with its line.</summary>
    private static XDocument Validated(string file, string schema, FixtureSite site)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(Repo.Root, "tests", "Brief.Tests", "Schemas", schema));
        var document = XDocument.Load(Path.Combine(site.Output, file), LoadOptions.SetLineInfo);
        var errors = new List<string>();
        document.Validate(schemas, (_, e) => errors.Add($"{file}:{e.Exception?.LineNumber}: {e.Message}"));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return document;
    }

    [Fact]
    public void Pages_carry_canonical_and_open_graph_metadata()
    {
        using var site = Published();
        site.Build().AssertClean();

        var page = site.Page("options/raid/");
        Assert.Equal("https://briefing.example.org/options/raid/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://briefing.example.org/options/raid/", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal("Raid", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("A raid.", page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        Assert.Equal("Test briefing", page.QuerySelector("meta[property='og:site_name']")!.GetAttribute("content"));
        Assert.Null(site.Page("404.html").QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public void Without_the_sites_address_there_is_no_sitemap_feed_or_canonical_link_and_robots_txt_names_no_sitemap()
    {
        using var site = FixtureSite.Minimal();
        site.Build().AssertClean();

        Assert.False(site.Exists("sitemap.xml"));
        Assert.False(site.Exists("feed.xml"));
        Assert.Equal("User-agent: *\nAllow: /\n", File.ReadAllText(Path.Combine(site.Output, "robots.txt")));
        Assert.Null(site.Page("options/raid/").QuerySelector("link[rel=canonical], link[type='application/atom+xml']"));
    }

    [Fact]
    public void An_address_of_another_scheme_is_an_error_at_its_line()
    {
        using var site = FixtureSite.Minimal();
        site.Write("site.yml", "title: T\nas_of: 2025-02-04\nurl: ftp://example.org/briefings/\n");

        var error = site.Build().Single(Codes.InvalidValue);

        Assert.Equal(("input/site.yml", 3), (error.File, error.Line));
        Assert.Equal("'url' is 'ftp://example.org/briefings/', not an http or https address", error.Message);
    }

    [Fact]
    public void Every_page_of_the_briefing_works_under_a_strict_content_security_policy_which_headers_declares()
    {
        using var site = FixtureSite.CopyOf(Repo.Input);
        site.Build(baseUrl: "/cartels/").AssertClean();

        var headers = File.ReadAllText(Path.Combine(site.Output, "_headers"));
        Assert.StartsWith("/cartels/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';", headers);
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 50);
        foreach (var file in pages)
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file));
            Assert.True(page.QuerySelectorAll("style, [style], script:not([src])").Length == 0, $"{file}: inline style or script");
        }
    }

    [Fact]
    public async Task Every_reading_page_with_the_css_and_scripts_it_loads_stays_under_100_kb()
    {
        using var site = FixtureSite.CopyOf(Repo.Input);
        // The search page as built with an index, with its scripts (the index's files are loaded as a query needs them).
        (await Brief.Site.SiteBuilder.BuildAsync(site.Options(baseUrl: "/cartels/") with { Search = true })).AssertClean();

        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var weights = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("briefs/", StringComparison.Ordinal)) // a printable brief holds the whole briefing: its weight is its content
            .Select(f =>
            {
                var page = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, f)));
                var assets = page.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
                    .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
                Assert.All(assets, a => Assert.StartsWith("/cartels/", a));
                var bytes = new FileInfo(Path.Combine(site.Output, f)).Length
                    + assets.Sum(a => new FileInfo(Path.Combine(site.Output, a["/cartels/".Length..])).Length);
                return (Page: f, Bytes: bytes, Assets: string.Join(", ", assets));
            }).ToList();

        var heaviest = weights.MaxBy(w => w.Bytes);
        Assert.True(heaviest.Bytes < 100 * 1024, $"{heaviest.Page}: {heaviest.Bytes} bytes with {heaviest.Assets}");
        Assert.Contains(weights, w => w.Page == "search/index.html" && w.Assets.Contains("search.js", StringComparison.Ordinal));
    }

    [Fact]
    public void A_printed_brief_spells_terms_out_instead_of_carrying_tooltips_it_cannot_show()
    {
        using var site = FixtureSite.CopyOf(Repo.Input);
        site.Build().AssertClean();

        var brief = site.Page("briefs/read-ahead/");
        Assert.NotEmpty(brief.QuerySelectorAll(".term-link"));
        Assert.Empty(brief.QuerySelectorAll(".term-tip, [aria-describedby]"));
        Assert.NotEmpty(brief.QuerySelectorAll(".print-expansion"));
        Assert.NotEmpty(site.Page("explainers/fid-and-plan-colombia/").QuerySelectorAll(".term-tip"));
    }
}
