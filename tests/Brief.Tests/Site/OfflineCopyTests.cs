using System.Text;
using Brief.Site;
using Brief.Site.Model;
using Brief.Tests.Support;

namespace Brief.Tests.Site;

/// <summary>An offline copy (<c>brief build --offline</c>): every internal address is relative and names a file that exists.</summary>
public sealed class OfflineCopyTests
{
    [Fact]
    public async Task Every_link_script_and_stylesheet_of_an_offline_copy_is_relative_and_names_an_existing_file()
    {
        using var site = FixtureSite.CopyOf(Repo.Input);
        site.Write("site.yml", File.ReadAllText(Path.Combine(Repo.Input, "site.yml")) + "\nurl: https://briefing.example.org\n");
        (await SiteBuilder.BuildAsync(site.Options(baseUrl: "/cartels/") with { Search = true, Offline = true })).AssertClean();

        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var checkedLinks = 0;
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.DoesNotContain(Urls.OfflineRoot, Encoding.UTF8.GetString(bytes));
            var page = parser.ParseDocument(Encoding.UTF8.GetString(bytes));
            Assert.Null(page.QuerySelector("link[rel=canonical], link[rel=alternate]")); // nothing that needs the network
            foreach (var address in page.QuerySelectorAll("a[href], link[href], script[src], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                if (address.StartsWith('#') || address.StartsWith("https:", StringComparison.Ordinal)
                    || address.StartsWith("http:", StringComparison.Ordinal)
                    || address.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }
                Assert.False(address.StartsWith('/'), $"{file}: '{address}' is not relative");
                var path = Uri.UnescapeDataString(address.Split('#')[0]);
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
                Assert.True(File.Exists(target), $"{file}: '{address}' names no file");
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 1000, $"only {checkedLinks} links checked");
        Assert.False(site.Exists("_headers"));
        Assert.False(site.Exists("sitemap.xml"));
        var search = site.Page("search/").QuerySelector("form#search")!;
        Assert.Equal("../search/", search.GetAttribute("data-index"));
        Assert.Equal("../", search.GetAttribute("data-root"));
        Assert.True(search.HasAttribute("data-offline"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void The_root_mark_becomes_the_path_to_the_root_even_when_split_between_writes(int chunk)
    {
        var text = $"<a href=\"{Urls.OfflineRoot}options/\">x</a> <a href=\"%EF%B7%90glossary/\">y</a> 100% <b>%EF</b> \u00e9\uFDD1";
        var bytes = Encoding.UTF8.GetBytes(text);
        using var output = new MemoryStream();
        var stream = new Brief.Site.Modules.RootRelativeStream(new NonClosing(output), "../../");
        for (var i = 0; i < bytes.Length; i += chunk)
        {
            stream.Write(bytes.AsSpan(i, Math.Min(chunk, bytes.Length - i)));
        }
        stream.Dispose();

        Assert.Equal("<a href=\"../../options/\">x</a> <a href=\"../../glossary/\">y</a> 100% <b>%EF</b> \u00e9\uFDD1",
            Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void Offline_addresses_name_their_index_html_and_keep_their_anchor()
    {
        var urls = new Urls("/cartels/", "https://example.org", offline: true);
        Assert.Equal(Urls.OfflineRoot + "options/raid/index.html", urls.To("options/raid/"));
        Assert.Equal(Urls.OfflineRoot + "timeline/index.html#event", urls.To("timeline/#event"));
        Assert.Equal(Urls.OfflineRoot + "index.html", urls.To(""));
        Assert.Equal(Urls.OfflineRoot + "theme/style.css", urls.To("theme/style.css"));
        Assert.Equal(Urls.OfflineRoot + "search/", urls.Folder("search/"));
        Assert.Null(urls.Absolute("feed.xml"));
        Assert.Equal("../../", Urls.RootFrom("options/raid/index.html"));
        Assert.Equal("", Urls.RootFrom("index.html"));
    }

    private sealed class NonClosing(Stream inner) : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
