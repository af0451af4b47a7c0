using Brief.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Brief.Tests.Browser;

/// <summary>Search over the built briefing with brief's own index and client, driven by Playwright in the system
/// Chromium, served under a sub-path with the site's strict Content-Security-Policy.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests
{
    private const string Queries = """
        async () => {
          const found = {};
          for (const query of ['SOFA', 'Title 50', 'Status of Forces Agreement', '"without controversy"', 'designated', 'FTO designation']) {
            found[query] = (await briefSearch.find(query)).slice(0, 8);
          }
          found.options = await briefSearch.find('', 'Option');
          found.filters = [...document.querySelectorAll('.search-types input')].map(i => i.value).filter(v => v).sort();
          return found;
        }
        """;

    private readonly HostedBriefing _briefing;

    public SearchTests(HostedBriefing briefing) => _briefing = briefing;

    private HostedSite Host => _briefing.Host;

    private static async Task<List<string>> ResultLinks(IPage page) =>
        [.. await page.Locator("#search-results > li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")];

    [BrowserFact]
    public async Task The_index_finds_terms_by_name_alias_and_word_form_phrases_from_explainers_and_filters_by_type()
    {
        var (page, trouble) = await Host.OpenAsync("search/");
        await Expect(page.Locator("#search")).ToBeVisibleAsync();
        var found = await page.EvaluateAsync<Dictionary<string, string[]>>(Queries);

        Assert.Equal("/cartels/glossary/sofa/", found["SOFA"][0]); // the term's own page first
        Assert.Equal("/cartels/glossary/title-50/", found["Title 50"][0]);
        Assert.Equal("/cartels/glossary/sofa/", found["Status of Forces Agreement"][0]); // by its expansion
        // pages that say only "SOFA" are found by the expansion too
        Assert.Contains("/cartels/options/title-50-raid/",
            await page.EvaluateAsync<string[]>("() => briefSearch.find('Status of Forces Agreement')"));
        Assert.Equal(["/cartels/explainers/fid-and-plan-colombia/"], found["\"without controversy\""]);
        // "designated" finds pages that only say "designation", by its stem; a term named in full comes first
        Assert.Contains("/cartels/options/airstrikes/", await page.EvaluateAsync<string[]>("() => briefSearch.find('designated')"));
        Assert.Equal("/cartels/explainers/fto-designation/", found["FTO designation"][0]);
        Assert.Equal(7, found["options"].Length);
        Assert.All(found["options"], u => Assert.StartsWith("/cartels/options/", u));
        Assert.Equal(["Event", "Explainer", "Memo", "Option", "Page", "Source", "Term"], found["filters"]);
        Assert.Empty(trouble.Seen);
    }

    [BrowserFact]
    public async Task A_reader_types_a_query_sees_excerpts_narrows_by_type_and_the_address_keeps_the_search()
    {
        var (page, trouble) = await Host.OpenAsync("search/");
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the briefing" });
        await box.PressSequentiallyAsync("Title 50");
        await Expect(page.Locator("#search-status")).ToContainTextAsync("for \u201cTitle 50\u201d");
        Assert.Contains("/cartels/glossary/title-50/", await ResultLinks(page));
        await Expect(page.Locator("#search-results mark").First).ToBeVisibleAsync();
        Assert.EndsWith("/cartels/search/?q=Title+50", page.Url);

        await page.GetByRole(AriaRole.Radio, new() { Name = "Options (7)" }).CheckAsync();
        await Expect(page.Locator("#search-status")).ToContainTextAsync("among options");
        Assert.All(await ResultLinks(page), u => Assert.StartsWith("/cartels/options/", u));
        Assert.EndsWith("?q=Title+50&type=Option", page.Url);

        await box.FillAsync("");
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("7 results among options");
        Assert.Equal(7, (await ResultLinks(page)).Count);
        Assert.Empty(trouble.Seen);
    }

    [BrowserFact]
    public async Task A_shared_search_address_opens_with_its_results_and_more_results_come_ten_at_a_time()
    {
        var (page, trouble) = await Host.OpenAsync("search/?q=SOFA");
        await Expect(page.GetByRole(AriaRole.Searchbox)).ToHaveValueAsync("SOFA");
        await Expect(page.Locator("#search-results > li").First).ToBeVisibleAsync();
        Assert.Contains("/cartels/glossary/sofa/", await ResultLinks(page));

        var (all, _) = await Host.OpenAsync("search/?q=the");
        await Expect(all.Locator("#search-results > li")).ToHaveCountAsync(10);
        await all.GetByRole(AriaRole.Button, new() { Name = "More results" }).ClickAsync();
        await Expect(all.Locator("#search-results > li")).ToHaveCountAsync(20);
        await Expect(all.Locator("#search-results > li:nth-child(11) h2 a")).ToBeFocusedAsync();
        Assert.Empty(trouble.Seen);
    }

    [BrowserFact]
    public async Task Without_javascript_the_search_page_offers_the_glossary_and_the_indexes_instead()
    {
        var (page, _) = await Host.OpenAsync("search/", new() { JavaScriptEnabled = false });
        await Expect(page.Locator("#search")).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Glossary A–Z" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Host.Url("glossary/"));
    }
}
