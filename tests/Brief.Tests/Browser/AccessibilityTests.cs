using System.Text.Json;
using Brief.Print;
using Brief.Tests.Support;

namespace Brief.Tests.Browser;

/// <summary>
/// WCAG 2.2 AA, checked by axe-core in the system Chromium on every page of the built briefing, in both colour
/// schemes, served under a sub-path as a host would serve it.
/// </summary>
public class AccessibilityTests
{
    private const string RunAxe = """
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
          .then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')))
        """;

    /// <summary>Runs before any script of a page: keeps every console error and uncaught error.</summary>
    private const string RecordErrors = """
        window.__briefErrors = [];
        addEventListener('error', e => window.__briefErrors.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)))), true);
        addEventListener('unhandledrejection', e => window.__briefErrors.push('rejection: ' + e.reason));
        const originalError = console.error;
        console.error = function () { window.__briefErrors.push('console: ' + [...arguments].join(' ')); return originalError.apply(console, arguments); };
        """;

    /// <summary>What went wrong while a page loaded: recorded errors, and requests answered with an error status.</summary>
    private const string Trouble = """
        window.__briefErrors.concat(performance.getEntriesByType('resource')
          .filter(r => r.responseStatus >= 400 || r.responseStatus === 0 && r.transferSize === 0 && r.decodedBodySize === 0 && !r.name.startsWith('data:'))
          .map(r => 'request failed: ' + r.name + ' (' + r.responseStatus + ')'))
        """;

    [BrowserFact]
    public async Task Every_page_of_the_briefing_has_no_axe_violations_console_errors_or_failed_requests()
    {
        using var site = FixtureSite.CopyOf(Repo.Input);
        (await Brief.Site.SiteBuilder.BuildAsync(site.Options(baseUrl: "/cartels/") with { Search = true, Pagefind = BrowserTools.Pagefind })).AssertClean();
        using var server = new StaticFileServer(site.Output, "/cartels/");
        var axe = await File.ReadAllTextAsync(BrowserTools.AxeScript);
        await using var browser = await ChromiumBrowser.LaunchAsync(ChromiumLocator.Find()!, CancellationToken.None);
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal).ToList();

        var violations = new List<string>();
        var problems = new List<string>();
        await using var page = await browser.OpenAsync(new Uri(server.BaseUri, ""), CancellationToken.None);
        await page.AddInitScriptAsync(RecordErrors, CancellationToken.None);
        foreach (var path in pages)
        {
            await page.GoToAsync(new Uri(server.BaseUri, path), CancellationToken.None);
            var trouble = (await page.EvaluateAsync(Trouble, CancellationToken.None))!.AsArray();
            problems.AddRange(trouble.Select(t => $"{path}: {t!.GetValue<string>()}"));
            await page.EvaluateAsync(axe + ";true", CancellationToken.None);
            foreach (var scheme in new[] { "light", "dark" })
            {
                await page.EmulateColorSchemeAsync(scheme, CancellationToken.None);
                await page.EvaluateAsync("new Promise(done => setTimeout(() => done(true), 250))", CancellationToken.None); // colour transitions end
                var found = await page.EvaluateAsync(RunAxe, CancellationToken.None);
                violations.AddRange(found!.AsArray().Select(v => $"{path} ({scheme}): {v!.GetValue<string>()}"));
            }
        }

        Assert.True(pages.Count > 50, $"{pages.Count} pages");
        Assert.True(problems.Count == 0, $"console errors or failed requests:\n{string.Join("\n", problems.Take(20))}");
        var distinct = violations.GroupBy(v => v[(v.IndexOf(": ", StringComparison.Ordinal) + 2)..].Split(' ')[0])
            .Select(g => $"{g.Key} on {g.Count()} pages, e.g. {g.First()}");
        Assert.True(violations.Count == 0, $"{violations.Count} violations:\n{string.Join("\n", distinct)}");
    }
}
