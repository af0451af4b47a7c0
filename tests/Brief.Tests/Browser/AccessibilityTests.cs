using Brief.Tests.Support;
using Microsoft.Playwright;

namespace Brief.Tests.Browser;

/// <summary>
/// WCAG 2.2 AA, checked by axe-core in the system Chromium (driven by Playwright) on every page of the built
/// briefing, in both colour schemes, served under a sub-path with the site's own strict Content-Security-Policy.
/// </summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(HostedBriefing briefing)
{
    private const string RunAxe = """
        () => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
          .then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
            + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')))
        """;

    [BrowserFact]
    public async Task Every_page_of_the_briefing_has_no_axe_violations_console_errors_or_failed_requests()
    {
        var host = briefing.Host;
        var axe = await File.ReadAllTextAsync(BrowserTools.AxeScript);
        var pages = Directory.EnumerateFiles(briefing.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(briefing.Output, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal).ToList();

        var violations = new List<string>();
        var problems = new List<string>();
        // Reduced motion: no colour transition is under way when axe measures contrast.
        await using var context = await host.NewContextAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        var page = await context.NewPageAsync();
        var trouble = PageTrouble.Watch(page);
        foreach (var path in pages)
        {
            trouble.Clear();
            var response = await page.GotoAsync(host.Url(path), new() { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.Equal(200, response!.Status);
            await page.EvaluateAsync(axe + ";true");
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await page.EmulateMediaAsync(new() { ColorScheme = scheme });
                violations.AddRange((await page.EvaluateAsync<string[]>(RunAxe)).Select(v => $"{path} ({scheme}): {v}"));
            }
            problems.AddRange(trouble.Seen.Select(t => $"{path}: {t}"));
        }

        Assert.True(pages.Count > 50, $"{pages.Count} pages");
        Assert.True(problems.Count == 0, $"console errors or failed requests:\n{string.Join("\n", problems.Take(20))}");
        var distinct = violations.GroupBy(v => v[(v.IndexOf(": ", StringComparison.Ordinal) + 2)..].Split(' ')[0])
            .Select(g => $"{g.Key} on {g.Count()} pages, e.g. {g.First()}");
        Assert.True(violations.Count == 0, $"{violations.Count} violations:\n{string.Join("\n", distinct)}");
    }
}
