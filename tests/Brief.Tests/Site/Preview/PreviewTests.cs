using System.Net;
using System.Net.Sockets;
using System.Text;
using Brief.Site.Preview;
using Brief.Tests.Support;

namespace Brief.Tests.Site.Preview;

/// <summary>brief serve's parts, started for real on a free loopback port: live rebuilds, the error overlay, and safety.</summary>
public sealed class PreviewTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Minimal();
    private readonly PreviewSession _session;
    private readonly PreviewServer _server;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public PreviewTests()
    {
        _session = new PreviewSession(_site.Options() with { OutputRoot = Path.Combine(_site.Root, "preview") });
        _session.BuildAsync().GetAwaiter().GetResult();
        _server = StartOnFreePort(_session);
        _session.Watch(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public async Task Pages_are_served_with_the_reload_script_and_the_built_site_has_none()
    {
        var page = await _http.GetStringAsync(new Uri(_server.Address, "explainers/basics/"));

        Assert.Contains("matters. See", page, StringComparison.Ordinal);
        Assert.Contains($"<script src=\"{PreviewServer.ScriptPath}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("__brief", File.ReadAllText(Path.Combine(_session.Folder, "explainers", "basics", "index.html")),
            StringComparison.Ordinal);
        Assert.Contains("EventSource", await _http.GetStringAsync(new Uri(_server.Address, PreviewServer.ScriptPath)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_to_a_file_is_rebuilt_and_served_and_open_pages_are_told_to_reload()
    {
        using var events = new StreamReader(await _http.GetStreamAsync(new Uri(_server.Address, PreviewServer.EventsPath)));
        Assert.Equal("retry: 500", await events.ReadLineAsync());

        _site.Write("explainers/basics.md", File.ReadAllText(Path.Combine(_site.Input, "explainers/basics.md"))
            + "\nA sentence added while serving.\n");

        var page = await Eventually(() => _http.GetStringAsync(new Uri(_server.Address, "explainers/basics/")), p =>
            p.Contains("A sentence added while serving.", StringComparison.Ordinal));
        Assert.Contains("A sentence added while serving.", page, StringComparison.Ordinal);
        string? line;
        do
        {
            line = await events.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        while (line is not null && line != "event: build");
        Assert.Equal("event: build", line);
    }

    [Fact]
    public async Task A_content_error_shows_in_an_overlay_over_the_last_good_page()
    {
        _site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: The basics.\n---\nSee [nothing](../options/missing.md).\n");

        var page = await Eventually(() => _http.GetStringAsync(new Uri(_server.Address, "explainers/basics/")), p =>
            p.Contains("brief-overlay", StringComparison.Ordinal));

        var overlay = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector("#brief-overlay")!;
        Assert.Contains("input/explainers/basics.md:5:5", overlay.TextContent, StringComparison.Ordinal);
        Assert.Contains("BRF", overlay.TextContent, StringComparison.Ordinal);
        Assert.Contains("missing.md", overlay.TextContent, StringComparison.Ordinal);
        Assert.Contains("matters. See", page, StringComparison.Ordinal); // the last good build, still served

        _site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: The basics.\n---\nFixed.\n");
        // pages reload when the build is over (its event comes after its result is known), so wait for that too
        page = await Eventually(() => _http.GetStringAsync(new Uri(_server.Address, "explainers/basics/")),
            p => p.Contains("Fixed.", StringComparison.Ordinal) && !p.Contains("brief-overlay", StringComparison.Ordinal));
        Assert.Contains("Fixed.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("brief-overlay", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_show_in_a_panel_under_the_page_when_the_build_has_no_errors()
    {
        _site.Write("site.yml", "title: Test briefing\nas_of: 2025-02-04\nmarking: UNCLASSIFIED // TEST\nstandards: [icd203]\n");
        _site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: The basics.\n---\nA raid is likely. Transfers are probable.\n");

        var page = await Eventually(() => _http.GetStringAsync(new Uri(_server.Address, "explainers/basics/")), p =>
            p.Contains("brief-warnings", StringComparison.Ordinal));

        var panel = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelector("#brief-warnings")!;
        Assert.Contains("brief: 1 warning", panel.TextContent, StringComparison.Ordinal);
        Assert.Contains("input/explainers/basics.md:5:33 BRF075: 'probable' is from the second likelihood scale", panel.TextContent,
            StringComparison.Ordinal);
        Assert.DoesNotContain("brief-overlay", page, StringComparison.Ordinal);
        Assert.Contains("A raid is likely.", page, StringComparison.Ordinal); // the page is this build's

        _site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: The basics.\n---\nA raid is likely. Transfers are likely.\n");
        page = await Eventually(() => _http.GetStringAsync(new Uri(_server.Address, "explainers/basics/")),
            p => p.Contains("Transfers are likely.", StringComparison.Ordinal) && !p.Contains("brief-warnings", StringComparison.Ordinal));
        Assert.DoesNotContain("brief-warnings", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/%2E%2E%2F%2E%2E%2Fsecret.txt")]
    [InlineData("/..%2f..%2fsecret.txt")]
    [InlineData("/..\\..\\secret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    [InlineData("/explainers/../../secret.txt")]
    [InlineData("/index.html%00.css")]
    public async Task Nothing_outside_the_preview_folder_is_ever_served(string path)
    {
        File.WriteAllText(Path.Combine(_site.Root, "secret.txt"), "TOP SECRET");

        var (status, body) = await RawGet(path);

        Assert.DoesNotContain("TOP SECRET", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.True(status is 400 or 404, $"{path}: HTTP {status}");
    }

    [Fact]
    public async Task Malformed_requests_get_an_error_and_the_server_keeps_serving()
    {
        foreach (var garbage in new[] { "\0\0\0\0\r\n\r\n", "GET\r\n\r\n", "NONSENSE / HTTP/9.9\r\n\r\n", new string('A', 20000) + "\r\n\r\n" })
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, _server.Address.Port);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.Latin1.GetBytes(garbage));
            client.Client.Shutdown(SocketShutdown.Send);
            var buffer = new byte[256];
            try
            {
                _ = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (IOException)
            {
                // a reset is a fine answer to garbage
            }
        }
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await _http.PostAsync(_server.Address, new StringContent("x"))).StatusCode);
        Assert.Contains("matters. See", await _http.GetStringAsync(new Uri(_server.Address, "explainers/basics/")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_the_first_good_build_the_errors_are_the_page()
    {
        using var site = FixtureSite.Minimal();
        site.Write("explainers/basics.md", "---\ntitle: Basics\n---\nNo summary.\n");
        using var session = new PreviewSession(site.Options() with { OutputRoot = Path.Combine(site.Root, "preview") });
        await session.BuildAsync();
        using var server = StartOnFreePort(session);

        var response = await _http.GetAsync(server.Address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var overlay = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync())
            .QuerySelector("#brief-overlay");
        Assert.Contains("input/explainers/basics.md:2:1", overlay!.TextContent, StringComparison.Ordinal);
        Assert.Contains("required field 'summary' is missing", overlay.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_in_use_is_a_clear_error()
    {
        var error = Assert.Throws<PortInUseException>(() => PreviewServer.Start(_session, "127.0.0.1", _server.Address.Port));
        Assert.Contains($"port {_server.Address.Port} on 127.0.0.1 is in use", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_pages_get_the_site_404_page_with_status_404()
    {
        var response = await _http.GetAsync(new Uri(_server.Address, "no/such/page/"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(int Status, string Body)> RawGet(string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _server.Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var text = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var status = int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, text);
    }

    private static async Task<string> Eventually(Func<Task<string>> fetch, Func<string, bool> done)
    {
        var last = "";
        for (var attempt = 0; attempt < 100; attempt++)
        {
            last = await fetch();
            if (done(last))
            {
                return last;
            }
            await Task.Delay(100);
        }
        return last;
    }

    internal static PreviewServer StartOnFreePort(PreviewSession session)
    {
        // a free port can be taken by another test between probing and binding: try another
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return PreviewServer.Start(session, "127.0.0.1", FreePort());
            }
            catch (Exception exception) when (exception is PortInUseException or HttpListenerException && attempt < 5)
            {
                System.Console.Error.WriteLine($"port taken between probing and binding ({exception.GetType().Name}): {exception}");
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _server.Dispose();
        _session.Dispose();
        _http.Dispose();
        _site.Dispose();
    }
}
