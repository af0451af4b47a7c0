using Brief.Print;
using Microsoft.Playwright;

namespace Brief.Tests.Support;

/// <summary>
/// A built site hosted under its base path the way a strict host serves it, and the system Chromium driven by
/// Playwright. Every request is answered from the output folder by the browser context's route handler, with no
/// HTTP server in between (a loopback server once left a request unanswered for 30 s, twice in a dozen runs).
/// Every response carries the headers of the site's own <c>_headers</c> file (so pages run under its
/// Content-Security-Policy), and a page that does not exist gets the site's 404.html with status 404.
/// <see cref="StartBehindNginxAsync"/> hosts the same site with nginx instead, configured as docs/hosting.md says,
/// and the browser goes to it over the network.
/// </summary>
public sealed class HostedSite : IAsyncDisposable
{
    // No one listens here: every request is routed before it reaches the network.
    private static readonly Uri RoutedOrigin = new("http://127.0.0.1:9/");

    private Uri Origin => _nginx?.Origin ?? RoutedOrigin;

    private NginxServer? _nginx;

    private readonly IPlaywright _playwright;
    private readonly string _output;
    private readonly string _basePath;
    private readonly Dictionary<string, string> _headers;

    public IBrowser Browser { get; }

    private HostedSite(IPlaywright playwright, IBrowser browser, string output, string basePath)
    {
        _playwright = playwright;
        Browser = browser;
        _output = Path.GetFullPath(output);
        _basePath = basePath;
        _headers = HostHeaders(output);
    }

    public static async Task<HostedSite> StartAsync(string output, string basePath)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumLocator.Find(), Headless = true });
        return new HostedSite(playwright, browser, output, basePath);
    }

    /// <summary>The site served by nginx (<see cref="NginxServer"/>), which sends the headers and the 404 page itself.</summary>
    public static async Task<HostedSite> StartBehindNginxAsync(string output, string basePath)
    {
        var nginx = new NginxServer(output, basePath);
        try
        {
            var site = await StartAsync(output, basePath);
            site._nginx = nginx;
            return site;
        }
        catch
        {
            nginx.Dispose();
            throw;
        }
    }

    public string Url(string path) => new Uri(new Uri(Origin, _basePath), path).ToString();

    /// <summary>A fresh browser profile (its own storage) that every request of goes through the host.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new());
        if (_nginx is null)
        {
            await context.RouteAsync("**/*", Host);
        }
        return context;
    }

    /// <summary>A page in a fresh profile, watched for trouble, at <paramref name="path"/>.</summary>
    public async Task<(IPage Page, PageTrouble Trouble)> OpenAsync(string path, BrowserNewContextOptions? options = null)
    {
        var context = await NewContextAsync(options);
        var page = await context.NewPageAsync();
        var trouble = PageTrouble.Watch(page);
        await page.GotoAsync(Url(path));
        return (page, trouble);
    }

    private async Task Host(IRoute route)
    {
        var headers = new Dictionary<string, string>(_headers, StringComparer.OrdinalIgnoreCase);
        var file = Resolve(new Uri(route.Request.Url));
        if (file is null)
        {
            headers["content-type"] = "text/html; charset=utf-8";
            var body = route.Request.IsNavigationRequest ? await File.ReadAllBytesAsync(Path.Combine(_output, "404.html")) : [];
            await route.FulfillAsync(new() { Status = 404, Headers = headers, BodyBytes = body });
            return;
        }
        headers["content-type"] = MediaTypes.Of(file);
        await route.FulfillAsync(new() { Status = 200, Headers = headers, BodyBytes = await File.ReadAllBytesAsync(file) });
    }

    /// <summary>The file a host serves for <paramref name="url"/>: under the base path, inside the folder, index.html for a folder.</summary>
    private string? Resolve(Uri url)
    {
        var path = Uri.UnescapeDataString(url.AbsolutePath);
        if (url.Authority != Origin.Authority || !path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(_output, path[_basePath.Length..]));
        if (full != _output && !full.StartsWith(_output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }
        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }
        return File.Exists(full) ? full : null;
    }

    /// <summary>The header lines of the site's _headers file (indented "Name: value" under a path pattern).</summary>
    private static Dictionary<string, string> HostHeaders(string output) =>
        File.ReadAllLines(Path.Combine(output, "_headers"))
            .Where(line => line.StartsWith(' ') && line.Contains(':', StringComparison.Ordinal))
            .Select(line => line.Trim().Split(':', 2))
            .ToDictionary(parts => parts[0], parts => parts[1].Trim(), StringComparer.OrdinalIgnoreCase);

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        _nginx?.Dispose();
    }
}

/// <summary>What went wrong on a page: console errors (a CSP refusal is one), uncaught errors, failed requests and
/// requests answered with an error status.</summary>
public sealed class PageTrouble
{
    private readonly List<string> _seen = [];

    public IReadOnlyList<string> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    public static PageTrouble Watch(IPage page)
    {
        var trouble = new PageTrouble();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                trouble.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => trouble.Add($"uncaught: {error}");
        page.RequestFailed += (_, request) => trouble.Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Request.IsNavigationRequest)
            {
                trouble.Add($"request failed: {response.Url} ({response.Status})");
            }
        };
        return trouble;
    }

    public void Clear()
    {
        lock (_seen)
        {
            _seen.Clear();
        }
    }

    private void Add(string what)
    {
        lock (_seen)
        {
            _seen.Add(what);
        }
    }
}
