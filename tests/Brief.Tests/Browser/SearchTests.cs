using System.Text.Json.Nodes;
using Brief.Print;
using Brief.Site;
using Brief.Tests.Support;

namespace Brief.Tests.Browser;

/// <summary>Search over the built briefing with the pinned Pagefind, in the system Chromium, under a sub-path.</summary>
public class SearchTests
{
    private const string Queries = """
        import(document.getElementById('search').dataset.bundle + 'pagefind.js').then(async pagefind => {
          const found = {};
          for (const query of ['SOFA', 'Title 50', 'Status of Forces Agreement', '"without controversy"']) {
            const search = await pagefind.search(query);
            found[query] = (await Promise.all(search.results.slice(0, 8).map(r => r.data()))).map(d => d.url);
          }
          const options = await pagefind.search(null, { filters: { type: 'Option' } });
          found.options = (await Promise.all(options.results.map(r => r.data()))).map(d => d.url);
          found.filters = Object.keys((await pagefind.filters()).type || {}).sort();
          return found;
        })
        """;

    private const string TypeInTheBox = """
        new Promise(done => {
          const input = document.querySelector('#search input');
          input.focus();
          input.value = 'Title 50';
          input.dispatchEvent(new Event('input', { bubbles: true }));
          const started = Date.now();
          (function poll() {
            const links = [...document.querySelectorAll('.pagefind-ui__result-link')].map(a => a.getAttribute('href'));
            if (links.length > 0 || Date.now() - started > 10000) { done(links); } else { setTimeout(poll, 100); }
          })();
        })
        """;

    [BrowserFact]
    public async Task Search_finds_terms_aliases_and_phrases_and_filters_by_type_through_the_index_and_the_search_box()
    {
        using var site = FixtureSite.CopyOf(Repo.Input);
        var result = await SiteBuilder.BuildAsync(site.Options(baseUrl: "/cartels/") with { Search = true, Pagefind = BrowserTools.Pagefind });
        result.AssertClean();
        Assert.True(site.Exists("pagefind/pagefind.js"));
        using var server = new StaticFileServer(site.Output, "/cartels/");
        await using var browser = await ChromiumBrowser.LaunchAsync(ChromiumLocator.Find()!, CancellationToken.None);
        await using var page = await browser.OpenAsync(new Uri(server.BaseUri, "search/"), CancellationToken.None);

        var found = (JsonObject)(await page.EvaluateAsync(Queries, CancellationToken.None))!;
        string[] Urls(string key) => [.. found[key]!.AsArray().Select(u => u!.GetValue<string>())];

        Assert.Contains("/cartels/glossary/sofa/", Urls("SOFA"));
        Assert.Contains("/cartels/glossary/title-50/", Urls("Title 50"));
        Assert.Contains("/cartels/glossary/sofa/", Urls("Status of Forces Agreement"));
        Assert.Equal(["/cartels/explainers/fid-and-plan-colombia/"], Urls("\"without controversy\""));
        Assert.Equal(7, Urls("options").Length);
        Assert.All(Urls("options"), u => Assert.StartsWith("/cartels/options/", u));
        Assert.Equal(["Event", "Explainer", "Option", "Page", "Source", "Term"], Urls("filters"));

        var typed = (await page.EvaluateAsync(TypeInTheBox, CancellationToken.None))!.AsArray().Select(u => u!.GetValue<string>()).ToList();
        Assert.Contains("/cartels/glossary/title-50/", typed);
    }
}
