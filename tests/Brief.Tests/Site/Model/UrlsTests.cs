using Brief.Content.Model;
using Brief.Content.Schema;
using Brief.Site.Model;

namespace Brief.Tests.Site.Model;

/// <summary>Where pages are published: under the base URL on a host, or relative to the page in an offline copy.</summary>
public class UrlsTests
{
    private const string Root = Urls.OfflineRoot;

    [Fact]
    public void A_hosted_site_at_the_root_gives_root_paths_and_full_addresses_under_its_origin()
    {
        var urls = new Urls("/", "https://briefing.example.org");

        Assert.Equal("/options/raid/", urls.To("options/raid/"));
        Assert.Equal("/options/raid/", urls.To("/options/raid/"));
        Assert.Equal("/timeline/#event", urls.To("timeline/#event"));
        Assert.Equal("/", urls.To(""));
        Assert.Equal("https://briefing.example.org/options/raid/", urls.Absolute("options/raid/"));
        Assert.Equal("/assets/", urls.Folder("/assets/"));
        Assert.False(urls.Offline);
    }

    [Fact]
    public void A_base_url_prefixes_every_address_and_without_an_origin_there_is_no_full_address()
    {
        var urls = new Urls("/briefings/cartels/");

        Assert.Equal("/briefings/cartels/", urls.BaseUrl);
        Assert.Equal("/briefings/cartels/glossary/sofa/", urls.To("glossary/sofa/"));
        Assert.Equal("/briefings/cartels/search/", urls.Folder("search/"));
        Assert.Null(urls.Origin);
        Assert.Null(urls.Absolute("glossary/sofa/"));
    }

    [Fact]
    public void An_offline_copy_starts_every_address_at_the_mark_and_names_its_index_html()
    {
        var urls = new Urls("/briefings/", "https://briefing.example.org", offline: true);

        Assert.Equal(Root, urls.BaseUrl);
        Assert.Equal(Root + "index.html", urls.To(""));
        Assert.Equal(Root + "options/raid/index.html", urls.To("/options/raid/"));
        Assert.Equal(Root + "timeline/index.html#event", urls.To("timeline/#event"));
        Assert.Equal(Root + "index.html#top", urls.To("#top"));
        Assert.Equal(Root + "feed.xml", urls.To("feed.xml"));
        Assert.Equal(Root + "assets/", urls.Folder("assets/"));
        Assert.Null(urls.Origin);
        Assert.Null(urls.Absolute("options/raid/"));
    }

    [Theory]
    [InlineData("index.md", ContentKind.Home, "")]
    [InlineData("about.md", ContentKind.Page, "about/")]
    [InlineData("explainers/basics.md", ContentKind.Explainer, "explainers/basics/")]
    [InlineData("options/basics.md", ContentKind.Option, "options/basics/")]
    [InlineData("glossary/basics.md", ContentKind.Term, "glossary/basics/")]
    [InlineData("sources/basics.md", ContentKind.Source, "sources/basics/")]
    [InlineData("timeline/basics.md", ContentKind.Event, "timeline/#basics")]
    public void Each_kind_of_document_has_its_path(string source, ContentKind kind, string path)
    {
        var item = new PlainPage
        {
            Id = Path.GetFileNameWithoutExtension(source) == "index" ? "index" : Path.GetFileNameWithoutExtension(source),
            Kind = kind,
            Source = source,
            File = "input/" + source,
            Title = "T",
            Body = "",
            BodyLine = 1,
            Fields = new FieldValues([], 1, 1),
        };

        Assert.Equal(path, Urls.PathOf(item));
        Assert.Equal("/b/" + path, new Urls("/b/").Of(item));
    }

    [Theory]
    [InlineData("", "index.html")]
    [InlineData("options/raid/", "options/raid/index.html")]
    [InlineData("options/raid", "options/raid/index.html")]
    [InlineData("404.html", "404.html")]
    public void A_page_path_is_written_to_its_file(string path, string file) => Assert.Equal(file, Urls.FileOf(path));

    [Theory]
    [InlineData("index.html", "")]
    [InlineData("404.html", "")]
    [InlineData("options/index.html", "../")]
    [InlineData("options/raid/index.html", "../../")]
    public void The_root_is_as_many_folders_up_as_the_file_is_deep(string destination, string root) =>
        Assert.Equal(root, Urls.RootFrom(destination));
}
