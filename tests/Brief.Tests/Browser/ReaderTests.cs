using Brief.Print;
using Brief.Site;
using Brief.Tests.Support;

namespace Brief.Tests.Browser;

/// <summary>What a reader does in a real browser: switch the theme, open and dismiss a tooltip by keyboard, reach
/// the matrix by keyboard; and screenshots of the main pages at phone, tablet and laptop widths in both themes.</summary>
public sealed class ReaderTests : IAsyncLifetime
{
    private readonly FixtureSite _site = FixtureSite.CopyOf(Repo.Input);
    private StaticFileServer? _server;
    private ChromiumBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (ChromiumLocator.Find() is null)
        {
            return; // the [BrowserFact] says why the tests are skipped
        }
        (await SiteBuilder.BuildAsync(_site.Options(baseUrl: "/cartels/"))).AssertClean();
        _server = new StaticFileServer(_site.Output, "/cartels/");
        _browser = await ChromiumBrowser.LaunchAsync(ChromiumLocator.Find()!, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _server?.Dispose();
        _site.Dispose();
    }

    private Task<BrowserPage> Open(string path) => _browser!.OpenAsync(new Uri(_server!.BaseUri, path), CancellationToken.None);

    private static async Task<string> Eval(BrowserPage page, string script) =>
        (await page.EvaluateAsync(script, CancellationToken.None))?.ToString() ?? "";

    [BrowserFact]
    public async Task The_theme_toggle_switches_the_colours_and_is_remembered_on_the_next_page()
    {
        await using (var page = await Open(""))
        {
            await page.EmulateColorSchemeAsync("light", CancellationToken.None);
            Assert.Equal("false", await Eval(page, "document.getElementById('theme-toggle').getAttribute('aria-pressed')"));
            await Eval(page, "document.getElementById('theme-toggle').click(), true");
            Assert.Equal("true", await Eval(page, "document.getElementById('theme-toggle').getAttribute('aria-pressed')"));
        }
        await using var next = await Open("options/");
        await next.EmulateColorSchemeAsync("light", CancellationToken.None);
        await Eval(next, "new Promise(done => setTimeout(() => done(true), 250))");
        Assert.Equal("dark", await Eval(next, "document.documentElement.dataset.theme"));
        Assert.Equal("rgb(20, 23, 26)", await Eval(next, "getComputedStyle(document.body).backgroundColor"));
        await Eval(next, "document.getElementById('theme-toggle').click(), true");
        Assert.Equal("light", await Eval(next, "localStorage.getItem('brief-theme')"));
    }

    [BrowserFact]
    public async Task A_glossary_tooltip_opens_on_keyboard_focus_and_escape_dismisses_it()
    {
        await using var page = await Open("explainers/fid-and-plan-colombia/");
        const string tip = "getComputedStyle(document.querySelector('.body .term-link').parentElement.querySelector('.term-tip')).display";

        Assert.Equal("none", await Eval(page, tip));
        await Eval(page, "document.querySelector('.body .term-link').focus(), true");
        Assert.Equal("block", await Eval(page, tip));
        await Eval(page, "document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })), true");
        Assert.Equal("none", await Eval(page, tip));
        Assert.Equal("true", await Eval(page, "document.activeElement.classList.contains('term-link')")); // focus stayed
    }

    [BrowserFact]
    public async Task The_options_matrix_is_a_focusable_labelled_region_a_keyboard_can_scroll()
    {
        await using var page = await Open("options/");
        await page.SetViewportAsync(360, 800, CancellationToken.None);

        Assert.Equal("0", await Eval(page, "document.querySelector('.table-scroll').getAttribute('tabindex')"));
        Assert.Equal("true", await Eval(page, "(() => { const r = document.querySelector('.table-scroll'); r.focus(); return document.activeElement === r && r.scrollWidth > r.clientWidth; })()"));
        Assert.StartsWith("Options compared", await Eval(page, "document.querySelector('.table-scroll').computedName ?? document.getElementById('matrix-caption').textContent"));
    }

    [BrowserFact]
    public async Task Screenshots_of_the_main_pages_at_three_widths_in_both_themes()
    {
        var folder = Path.Combine(Repo.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var shots = 0;
        foreach (var (name, path) in new[] { ("home", ""), ("option", "options/cia-covert-action/"), ("matrix", "options/"), ("glossary", "glossary/") })
        {
            await using var page = await Open(path);
            foreach (var width in new[] { 360, 768, 1280 })
            {
                foreach (var scheme in new[] { "light", "dark" })
                {
                    await page.SetViewportAsync(width, 900, CancellationToken.None);
                    await page.EmulateColorSchemeAsync(scheme, CancellationToken.None);
                    await Eval(page, "new Promise(done => setTimeout(() => done(true), 250))");
                    Assert.Equal("false", await Eval(page, "document.documentElement.scrollWidth > window.innerWidth")); // no sideways scrolling
                    await File.WriteAllBytesAsync(Path.Combine(folder, $"{name}-{width}-{scheme}.png"), await page.ScreenshotAsync(CancellationToken.None));
                    shots++;
                }
            }
        }
        Assert.Equal(24, shots);
    }
}
