using Brief.Print;
using Brief.Site;

namespace Brief.Tests.Support;

/// <summary>
/// The briefing of <c>input/</c>, built once (with search) under the sub-path /cartels/ for every browser test, and
/// hosted as a real host serves it: nginx configured with docs/hosting.md's block (<see cref="NginxServer"/>). Outside
/// CI, a machine without nginx hosts it with <see cref="HostedSite"/>'s routed host instead, which sends the same
/// _headers and 404 page; in CI (CI=true) nginx is required, so the browser tests always run against it there.
/// </summary>
public sealed class HostedBriefing : IAsyncLifetime
{
    public const string BasePath = "/cartels/";

    private readonly FixtureSite _site = FixtureSite.CopyOf(Repo.Input);
    private HostedSite? _host;

    /// <summary>The site, hosted; only a test that Chromium runs (a [BrowserFact]) may ask for it.</summary>
    public HostedSite Host => _host ?? throw new InvalidOperationException("Chromium was not found, so the briefing is not hosted");

    /// <summary>The folder the briefing was built into.</summary>
    public string Output => _site.Output;

    /// <summary>True when nginx serves the site, false when the routed host does.</summary>
    public static bool BehindNginx => NginxServer.Executable is not null || Environment.GetEnvironmentVariable("CI") == "true";

    public async Task InitializeAsync()
    {
        if (ChromiumLocator.Find() is null)
        {
            return; // the [BrowserFact] of each test says why it is skipped
        }
        (await SiteBuilder.BuildAsync(_site.Options(baseUrl: BasePath) with { Search = true })).AssertClean();
        _host = BehindNginx
            ? await HostedSite.StartBehindNginxAsync(_site.Output, BasePath)
            : await HostedSite.StartAsync(_site.Output, BasePath);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        _site.Dispose();
    }
}
