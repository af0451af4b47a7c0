using Brief.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Brief.Tests.Browser;

/// <summary>
/// The briefing as a host serves it: nginx, configured with docs/hosting.md's very block, serving the build under
/// /cartels/. Every page and every link resolves under the sub-path with the headers of _headers, a missing page gets
/// the site's 404 page with status 404, and search works. Every other browser test runs against this same host.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NginxHostedTests
{
    private readonly HostedBriefing _briefing;

    public NginxHostedTests(HostedBriefing briefing) => _briefing = briefing;

    private HostedSite Host => _briefing.Host;

    /// <summary>The headers _headers declares, name to value.</summary>
    private Dictionary<string, string> DeclaredHeaders() =>
        File.ReadAllLines(Path.Combine(_briefing.Output, "_headers"))
            .Where(line => line.StartsWith(' '))
            .Select(line => line.Trim().Split(':', 2))
            .ToDictionary(parts => parts[0].ToLowerInvariant(), parts => parts[1].Trim());

    private void AssertDeclaredHeaders(IResponse response)
    {
        foreach (var (name, value) in DeclaredHeaders())
        {
            Assert.True(response.Headers.TryGetValue(name, out var sent), $"{response.Url} has no {name} header");
            Assert.Equal(value, sent);
        }
    }

    [NginxFact]
    public async Task The_browser_tests_share_the_site_as_nginx_serves_it()
    {
        await using var context = await Host.NewContextAsync();

        var response = await context.APIRequest.GetAsync(Host.Url("options/"));

        Assert.Equal(200, response.Status);
        Assert.StartsWith("nginx", response.Headers["server"], StringComparison.Ordinal);
    }

    [NginxFact]
    public async Task A_missing_page_gets_the_sites_404_page_with_status_404_and_the_declared_headers()
    {
        await using var context = await Host.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(Host.Url("options/no-such-option/"));

        Assert.Equal(404, response!.Status);
        AssertDeclaredHeaders(response);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
        Assert.NotEqual("rgba(0, 0, 0, 0)",
            await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).borderBottomColor"));
        await page.Locator(".not-found").GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Host.Url(""));
    }

    [NginxFact]
    public async Task Every_page_loads_under_the_sub_path_with_the_declared_headers_and_every_link_on_it_resolves()
    {
        await using var context = await Host.NewContextAsync();
        var page = await context.NewPageAsync();
        var trouble = PageTrouble.Watch(page);
        var links = new HashSet<string>(StringComparer.Ordinal);
        var pages = Directory.EnumerateFiles(_briefing.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_briefing.Output, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Select(p => p == "." ? "" : p + "/").Order(StringComparer.Ordinal).ToList();

        foreach (var path in pages)
        {
            var response = await page.GotoAsync(Host.Url(path));
            Assert.True(response!.Status == 200, $"{path}: {response.Status}");
            AssertDeclaredHeaders(response);
            links.UnionWith(await page.Locator("a[href], link[href]").EvaluateAllAsync<string[]>(
                "all => all.map(a => a.href).filter(h => h.startsWith(location.origin)).map(h => h.split('#')[0])"));
        }

        Assert.True(pages.Count > 50);
        Assert.All(links, l => Assert.StartsWith(Host.Url(""), l));
        foreach (var link in links)
        {
            var answer = await context.APIRequest.GetAsync(link);
            Assert.True(answer.Status == 200, $"{link}: {answer.Status}");
        }
        Assert.True(trouble.Seen.Count == 0, string.Join("\n", trouble.Seen)); // no CSP refusal, no failed script, style or image request
    }

    [NginxFact]
    public async Task A_reader_searches_and_follows_a_result_under_the_sub_path()
    {
        var (page, trouble) = await Host.OpenAsync("search/");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the briefing" }).PressSequentiallyAsync("Title 50");
        await Expect(page.Locator("#search-status")).ToContainTextAsync("for \u201cTitle 50\u201d");
        var result = page.Locator("#search-results > li h2 a[href='/cartels/glossary/title-50/']");

        await result.ClickAsync();

        await Expect(page).ToHaveURLAsync(Host.Url("glossary/title-50/"));
        await Expect(page.Locator("h1")).ToContainTextAsync("Title 50");
        Assert.True(trouble.Seen.Count == 0, string.Join("\n", trouble.Seen));
    }
}
