using Brief.Site;
using Brief.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Brief.Tests.Browser;

/// <summary>
/// An offline copy (<c>brief build --offline</c>) opened from disk in the system Chromium, as a reader opens it
/// from a USB stick: file:// addresses, no server. Links name their index.html, and search loads its index.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OfflineCopyTests : IAsyncLifetime
{
    private readonly FixtureSite _site = FixtureSite.CopyOf(Repo.Input);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        (await SiteBuilder.BuildAsync(_site.Options() with { Search = true, Offline = true })).AssertClean();
        if (Brief.Print.ChromiumLocator.Find() is { } chromium)
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true });
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        _site.Dispose();
    }

    private string FileUrl(string path) => new Uri(Path.Combine(_site.Output, path)).AbsoluteUri;

    [BrowserFact]
    public async Task A_reader_opens_the_copy_from_disk_follows_links_and_searches()
    {
        var page = await _browser!.NewPageAsync();
        var trouble = PageTrouble.Watch(page);
        await page.GotoAsync(FileUrl("index.html"));
        await Expect(page.Locator("link[rel=stylesheet]")).ToHaveCountAsync(1);
        Assert.NotEqual("rgba(0, 0, 0, 0)",
            await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor")); // the stylesheet applies

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Options", Exact = true })
            .ClickAsync();
        await Expect(page).ToHaveURLAsync(FileUrl("options/index.html"));
        await page.Locator("main a[href*='title-50-raid']").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(FileUrl("options/title-50-raid/index.html"));
        await page.Locator("main a.term-link[href*='glossary/']").First.ClickAsync();
        Assert.Matches(@"/glossary/[a-z0-9-]+/index\.html$", page.Url);

        await page.GotoAsync(FileUrl("search/index.html") + "?q=SOFA");
        await Expect(page.Locator("#search-results > li").First).ToBeVisibleAsync();
        var first = page.Locator("#search-results > li h2 a").First;
        await Expect(first).ToHaveTextAsync("SOFA");
        await page.GetByRole(AriaRole.Searchbox).FillAsync("designated");
        await Expect(page.Locator("#search-status")).ToContainTextAsync("for \u201cdesignated\u201d");
        await Expect(page.Locator("#search-results mark").First).ToBeVisibleAsync();
        await page.Locator("#search-results > li h2 a").First.ClickAsync();
        Assert.Matches(@"^file://.*/index\.html(#.*)?$", page.Url);
        Assert.Empty(trouble.Seen);
    }
}
