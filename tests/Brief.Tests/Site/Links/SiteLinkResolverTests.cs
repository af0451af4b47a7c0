using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Markdown.Links;
using Brief.Site.Links;
using Brief.Site.Model;
using Brief.Tests.Support;

namespace Brief.Tests.Site.Links;

/// <summary>A document's links, resolved against the catalog: .md files to page addresses, anchors checked, assets found.</summary>
public class SiteLinkResolverTests
{
    private static InMemorySite Site(SiteSettings? settings = null) =>
        new InMemorySite { Settings = settings ?? new SiteSettings { Title = "T" } }
            .Add("index.md", "---\ntitle: Home\n---\nThe bottom line.\n")
            .Add("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\n---\n## Background\n\nText.\n")
            .Add("glossary/sofa.md", "---\nterm: SOFA\n---\n## What it is\n\nAn agreement.\n\n## Legal basis {#law}\n\nLaw.\n")
            .Add("timeline/raid-2011.md", "---\ntitle: A raid\ndate: 2011-05-02\n---\nIt happened.\n")
            .Add("explainers/later.md", "---\ntitle: Later\nsummary: S.\ndraft: true\n---\nText.\n")
            .Asset("assets/map.svg")
            .Asset("assets/my map.svg");

    private static LinkResolution Resolve(string url, string from = "basics", bool isImage = false, InMemorySite? site = null)
    {
        var catalog = (site ?? Site()).Catalog().Catalog;
        return new SiteLinkResolver(catalog, catalog.Items[from]).Resolve(url, isImage);
    }

    [Theory]
    [InlineData("../glossary/sofa.md", "/glossary/sofa/", "sofa")]
    [InlineData("/glossary/sofa.md", "/glossary/sofa/", "sofa")]
    [InlineData("./../glossary/sofa.md?view=1", "/glossary/sofa/", "sofa")]
    [InlineData("../glossary/sofa.md#what-it-is", "/glossary/sofa/#what-it-is", "sofa")]
    [InlineData("../glossary/sofa.md#law", "/glossary/sofa/#law", "sofa")]
    [InlineData("#background", "/explainers/basics/#background", "basics")]
    [InlineData("basics.md", "/explainers/basics/", "basics")]
    [InlineData("../index.md", "/", "index")]
    [InlineData("../timeline/raid-2011.md", "/timeline/#raid-2011", "raid-2011")]
    [InlineData("../timeline/raid-2011.md#raid-2011", "/timeline/#raid-2011", "raid-2011")]
    public void A_link_to_a_markdown_file_and_an_anchor_in_it_becomes_the_pages_address(string url, string address, string target)
    {
        Assert.Equal(new LinkResolution.Resolved(address, target), Resolve(url));
    }

    [Fact]
    public void Addresses_follow_the_base_url_and_an_offline_copy()
    {
        var site = Site(new SiteSettings { Title = "T", BaseUrl = "/briefings/" });

        Assert.Equal(new LinkResolution.Resolved("/briefings/glossary/sofa/#law", "sofa"), Resolve("../glossary/sofa.md#law", site: site));
        var offline = site.Catalog(offline: true).Catalog;
        Assert.Equal(new LinkResolution.Resolved(Urls.OfflineRoot + "glossary/sofa/index.html#law", "sofa"),
            new SiteLinkResolver(offline, offline.Items["basics"]).Resolve("../glossary/sofa.md#law", false));
    }

    [Fact]
    public void A_missing_anchor_is_a_broken_anchor_naming_the_file_with_the_nearest_anchor_as_a_hint()
    {
        var broken = Assert.IsType<LinkResolution.Broken>(Resolve("../glossary/sofa.md#what-it-was"));

        Assert.Equal(Codes.BrokenAnchor, broken.Code);
        Assert.Equal("link '../glossary/sofa.md#what-it-was' points to a missing anchor '#what-it-was' in glossary/sofa.md", broken.Message);
        Assert.Equal("did you mean 'what-it-is'?", broken.Hint);
    }

    [Fact]
    public void A_missing_anchor_far_from_every_anchor_is_hinted_with_the_anchors_there_or_that_there_are_none()
    {
        var listed = Assert.IsType<LinkResolution.Broken>(Resolve("../glossary/sofa.md#zzzzzzzz"));
        var none = Assert.IsType<LinkResolution.Broken>(Resolve("../index.md#zzzzzzzz"));

        Assert.Equal("anchors there: law, what-it-is", listed.Hint);
        Assert.Equal("that page has no headings", none.Hint);
    }

    [Fact]
    public void A_missing_file_is_a_broken_link_with_the_nearest_file_as_a_hint()
    {
        var broken = Assert.IsType<LinkResolution.Broken>(Resolve("../glossary/sfoa.md"));

        Assert.Equal(Codes.BrokenLink, broken.Code);
        Assert.Equal("link '../glossary/sfoa.md' points to a missing file 'glossary/sfoa.md'", broken.Message);
        Assert.Equal("did you mean 'glossary/sofa.md'?", broken.Hint);
    }

    [Theory]
    [InlineData("../../secret.md", "link '../../secret.md' points outside the input folder")]
    [InlineData("../notes.txt", "link '../notes.txt' is neither a Markdown file nor an asset")]
    [InlineData("later.md", "link 'later.md' points to a draft, which is not published")]
    public void Links_out_of_the_input_to_other_files_or_to_drafts_are_broken_links(string url, string message)
    {
        var broken = Assert.IsType<LinkResolution.Broken>(Resolve(url));

        Assert.Equal((Codes.BrokenLink, message), (broken.Code, broken.Message));
    }

    [Fact]
    public void A_link_to_a_draft_resolves_when_drafts_are_built()
    {
        var catalog = Site().Catalog(drafts: true).Catalog;

        Assert.Equal(new LinkResolution.Resolved("/explainers/later/", "later"), new SiteLinkResolver(catalog, catalog.Items["basics"])
            .Resolve("later.md", false));
    }

    [Theory]
    [InlineData("../assets/map.svg", "/assets/map.svg")]
    [InlineData("../assets/map.svg#layer", "/assets/map.svg#layer")]
    [InlineData("../assets/my%20map.svg", "/assets/my%20map.svg")]
    public void A_link_to_an_asset_becomes_its_escaped_address(string url, string address)
    {
        Assert.Equal(new LinkResolution.Resolved(address), Resolve(url, isImage: true));
    }

    [Fact]
    public void A_missing_asset_is_reported_as_an_image_or_a_link_with_the_nearest_asset()
    {
        var image = Assert.IsType<LinkResolution.Broken>(Resolve("../assets/map.png", isImage: true));
        var link = Assert.IsType<LinkResolution.Broken>(Resolve("../assets/mapp.svg"));

        Assert.Equal((Codes.MissingAsset, "image '../assets/map.png' points to a missing file 'assets/map.png'"), (image.Code, image.Message));
        Assert.Equal("link '../assets/mapp.svg' points to a missing file 'assets/mapp.svg'", link.Message);
        Assert.Equal("did you mean 'assets/map.svg'?", link.Hint);
    }

    [Fact]
    public void Documents_shown_on_the_same_page_link_to_their_in_page_anchors()
    {
        var catalog = Site().Catalog().Catalog;
        var resolver = new SiteLinkResolver(catalog, catalog.Items["basics"])
        {
            InPage = new Dictionary<string, string> { ["sofa"] = "term-sofa--" },
        };

        Assert.Equal(new LinkResolution.Resolved("#term-sofa", "sofa"), resolver.Resolve("../glossary/sofa.md", false));
        Assert.Equal(new LinkResolution.Resolved("#term-sofa--law", "sofa"), resolver.Resolve("../glossary/sofa.md#law", false));
        Assert.Equal(new LinkResolution.Resolved("/explainers/basics/", "basics"), resolver.Resolve("basics.md", false));
    }
}
