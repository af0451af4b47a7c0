using Brief.Site.Preview;
using Brief.Tests.Site.Preview;
using Brief.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Brief.Tests.Browser;

/// <summary>Search in brief serve's live preview, in the system Chromium: it works, and each rebuild updates the index.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PreviewSearchTests
{
    [BrowserFact]
    public async Task The_preview_has_search_and_a_word_saved_into_a_page_is_found_after_the_rebuild()
    {
        using var site = FixtureSite.Minimal();
        using var session = new PreviewSession(site.Options() with { OutputRoot = Path.Combine(site.Root, "preview"), Search = true });
        (await session.BuildAsync()).AssertClean();
        using var server = PreviewTests.StartOnFreePort(session);
        session.Watch(TimeSpan.FromMilliseconds(50));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(
            new() { ExecutablePath = Brief.Print.ChromiumLocator.Find(), Headless = true });
        var page = await browser.NewPageAsync();
        var trouble = PageTrouble.Watch(page);
        var favicon = 0; // the browser asks the preview for /favicon.ico, which the theme does not have
        page.Console += (_, m) => { if (m.Location.Contains("/favicon.ico", StringComparison.Ordinal)) { Interlocked.Increment(ref favicon); } };

        await page.GotoAsync(new Uri(server.Address, "search/?q=Status+of+Forces+Agreement").ToString());
        await Expect(page.Locator("#search-results > li h2 a").First).ToHaveTextAsync("SOFA");
        await page.GetByRole(AriaRole.Searchbox).FillAsync("zanzibarian");
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("0 results for \u201czanzibarian\u201d");

        site.Write("explainers/basics.md", File.ReadAllText(Path.Combine(site.Input, "explainers/basics.md"))
            + "\nA zanzibarian sentence added while serving.\n");

        // the open page reloads after the rebuild, and keeps its query in the address
        await Expect(page.Locator("#search-results > li h2 a")).ToHaveTextAsync("Basics", new() { Timeout = 15_000 });
        await Expect(page.Locator("#search-results mark")).ToHaveTextAsync("zanzibarian");
        Assert.Equal(Volatile.Read(ref favicon), trouble.Seen.Count(t => t.Contains("404 (Not Found)", StringComparison.Ordinal)));
        Assert.All(trouble.Seen, t => Assert.Contains("404 (Not Found)", t, StringComparison.Ordinal));
    }
}
