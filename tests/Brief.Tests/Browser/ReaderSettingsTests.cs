using Brief.Tests.Support;
using Microsoft.Playwright;

namespace Brief.Tests.Browser;

/// <summary>
/// Readers beyond what axe checks, on one page of every type: forced colours (nothing disappears, focus stays
/// visible), reflow at 320 CSS px, 200% text, the tab order (skip link, header, main content; a brief's bar of
/// actions stands where other pages have the header) and the print stylesheet.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderSettingsTests
{
    private readonly HostedBriefing _briefing;

    public ReaderSettingsTests(HostedBriefing briefing) => _briefing = briefing;

    private HostedSite Host => _briefing.Host;

    /// <summary>The home page, every section's index and the first page of each section: one page of every type.</summary>
    private List<string> PageTypes()
    {
        var paths = new List<string> { "" };
        foreach (var section in Directory.EnumerateDirectories(_briefing.Output).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(section);
            if (File.Exists(Path.Combine(section, "index.html")))
            {
                paths.Add(name + "/");
            }
            if (Directory.EnumerateDirectories(section).Order(StringComparer.Ordinal)
                .FirstOrDefault(d => File.Exists(Path.Combine(d, "index.html"))) is { } first)
            {
                paths.Add($"{name}/{Path.GetFileName(first)}/");
            }
        }
        return paths;
    }

    [BrowserFact]
    public async Task In_forced_colours_the_rating_badges_keep_their_box_and_text_and_focus_stays_visible()
    {
        await using var context = await Host.NewContextAsync(new() { ForcedColors = ForcedColors.Active });
        var page = await context.NewPageAsync();
        foreach (var path in new[] { "options/", "options/airstrikes/" })
        {
            await page.GotoAsync(Host.Url(path));
            var badges = await page.EvaluateAsync<string[]>("""
                [...document.querySelectorAll('.badge')].map(b => {
                  const s = getComputedStyle(b), r = b.getBoundingClientRect();
                  const ok = r.width > 0 && r.height > 0 && s.visibility === 'visible' && s.borderTopStyle !== 'none'
                    && parseFloat(s.borderTopWidth) >= 1 && s.color !== s.backgroundColor && b.textContent.trim() !== '';
                  return ok ? '' : b.outerHTML + ' ' + s.color + ' on ' + s.backgroundColor + ', border ' + s.borderTopStyle;
                }).filter(x => x)
                """);
            Assert.True(badges.Length == 0, path + ": " + string.Join("\n", badges));
            Assert.True(await page.Locator(".badge").CountAsync() > 0, $"{path} has no badges");
        }
        foreach (var path in PageTypes())
        {
            await page.GotoAsync(Host.Url(path));
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Tab");
            var outline = await page.EvaluateAsync<string>(
                "(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; })()");
            Assert.True(!outline.StartsWith("none", StringComparison.Ordinal) && !outline.EndsWith(" 0px", StringComparison.Ordinal),
                $"{path}: the focused element's outline is {outline}");
        }
    }

    [BrowserFact]
    public async Task At_320_css_pixels_no_page_scrolls_sideways_and_wide_tables_scroll_in_their_own_region()
    {
        await using var context = await Host.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in PageTypes())
        {
            await page.GotoAsync(Host.Url(path));
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > 320)
            {
                problems.Add($"{path}: {width} px wide");
            }
            problems.AddRange((await page.EvaluateAsync<string[]>(UnscrolledWideTables)).Select(t => $"{path}: {t}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task At_200_percent_text_no_page_scrolls_sideways_or_clips_text()
    {
        await using var context = await Host.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in PageTypes())
        {
            await page.GotoAsync(Host.Url(path));
            await page.EvaluateAsync("document.documentElement.style.fontSize = '200%'");
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > 1280)
            {
                problems.Add($"{path}: {width} px wide");
            }
            problems.AddRange((await page.EvaluateAsync<string[]>(ClippedText)).Select(t => $"{path}: {t}"));
            problems.AddRange((await page.EvaluateAsync<string[]>(UnscrolledWideTables)).Select(t => $"{path}: {t}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task Tab_goes_to_the_skip_link_first_then_the_header_then_the_main_content_on_every_page()
    {
        await using var context = await Host.NewContextAsync();
        var page = await context.NewPageAsync();
        foreach (var path in PageTypes())
        {
            await page.GotoAsync(Host.Url(path));
            var regions = new List<string>();
            for (var presses = 0; presses < 40 && (regions.Count == 0 || regions[^1] != "main"); presses++)
            {
                await page.Keyboard.PressAsync("Tab");
                regions.Add(await page.EvaluateAsync<string>("""
                    (() => { const e = document.activeElement;
                      return e.matches('.skip-link') ? 'skip' : e.closest('header.site-header, .brief-bar') ? 'header'
                        : e.closest('main') ? 'main' : (e.closest('[class]')?.className ?? e.tagName); })()
                    """));
            }
            var order = string.Join(" ", regions.Distinct());
            Assert.True(order == "skip header main", $"{path}: {string.Join(", ", regions)}");
        }
    }

    [BrowserFact]
    public async Task In_print_the_navigation_is_hidden_and_the_content_shows_on_every_page()
    {
        await using var context = await Host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var path in PageTypes())
        {
            await page.GotoAsync(Host.Url(path));
            Assert.False(await page.Locator(".site-header nav").IsVisibleAsync(), $"{path}: the navigation prints");
            Assert.False(await page.Locator(".skip-link").IsVisibleAsync(), $"{path}: the skip link prints");
            Assert.True(await page.Locator("main h1").First.IsVisibleAsync(), $"{path}: the heading does not print");
            var text = await page.EvaluateAsync<int>("document.querySelector('main').innerText.trim().length");
            Assert.True(text > 20, $"{path}: main prints {text} characters");
        }
    }

    /// <summary>Tables wider than the page that no scrolling region of their own holds.</summary>
    private const string UnscrolledWideTables = """
        [...document.querySelectorAll('main table')].filter(t => {
          if (t.getBoundingClientRect().right <= document.documentElement.clientWidth + 1) return false;
          for (let e = t.parentElement; e && e !== document.body; e = e.parentElement) {
            if (['auto', 'scroll'].includes(getComputedStyle(e).overflowX)) return false;
          }
          return true;
        }).map(t => 'a table sticks out: ' + (t.caption?.textContent ?? t.className))
        """;

    /// <summary>Elements that hide overflowing text of their own.</summary>
    private const string ClippedText = """
        [...document.querySelectorAll('main *, header *')].filter(e => {
          const s = getComputedStyle(e);
          return ['hidden', 'clip'].includes(s.overflowX) && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0
            && e.innerText.trim() !== '' && !e.matches('.skip-link, .visually-hidden, .sr-only');
        }).map(e => 'clipped: ' + e.outerHTML.slice(0, 120))
        """;
}
