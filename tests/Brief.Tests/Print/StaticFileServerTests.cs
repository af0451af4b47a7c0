using System.Net;
using System.Net.Sockets;
using System.Text;
using Brief.Print;
using Brief.Tests.Support;

namespace Brief.Tests.Print;

/// <summary>The server the browser prints from, started for real on loopback: it answers by the one path policy.</summary>
public sealed class StaticFileServerTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly StaticFileServer _server;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public StaticFileServerTests()
    {
        var site = _folder.Combine("site");
        Directory.CreateDirectory(Path.Combine(site, "briefs", "full"));
        File.WriteAllText(Path.Combine(site, "briefs", "full", "index.html"), "<p>the brief</p>");
        File.WriteAllText(Path.Combine(site, "briefs", "full", "print.css"), "@page { size: A4; }");
        File.WriteAllText(_folder.Combine("secret.txt"), "TOP SECRET");
        File.CreateSymbolicLink(Path.Combine(site, "linked.txt"), _folder.Combine("secret.txt"));
        _server = new StaticFileServer(site, "/base/");
    }

    [Fact]
    public async Task A_folder_is_served_as_its_index_html_and_files_with_their_type()
    {
        var page = await _http.GetAsync(new Uri(_server.BaseUri, "briefs/full/"));
        var css = await _http.GetAsync(new Uri(_server.BaseUri, "briefs/full/print.css"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        Assert.Equal("<p>the brief</p>", await page.Content.ReadAsStringAsync());
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType?.ToString());
        Assert.Equal("@page { size: A4; }", await css.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/base/missing.html")]
    [InlineData("/briefs/full/")] // outside the base path
    [InlineData("/base/../secret.txt")]
    [InlineData("/base/%2e%2e/secret.txt")]
    [InlineData("/base/%2E%2E%2Fsecret.txt")]
    [InlineData("/base/..\\secret.txt")]
    [InlineData("/base/briefs/full/index.html%00.css")]
    [InlineData("/base/linked.txt")]
    public async Task Nothing_outside_the_folder_or_missing_is_served(string path)
    {
        var (status, text) = await RawGet(path);

        Assert.DoesNotContain("TOP SECRET", text, StringComparison.Ordinal);
        Assert.True(status is 400 or 404, $"{path}: HTTP {status}");
    }

    [Fact]
    public async Task Only_GET_and_HEAD_are_answered()
    {
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await _http.PostAsync(_server.BaseUri, new StringContent("x"))).StatusCode);
        using var head = new HttpRequestMessage(HttpMethod.Head, new Uri(_server.BaseUri, "briefs/full/"));
        var response = await _http.SendAsync(head);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<p>the brief</p>".Length, response.Content.Headers.ContentLength);
    }

    private async Task<(int Status, string Text)> RawGet(string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _server.Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var text = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
        return (int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture), text);
    }

    public void Dispose()
    {
        _server.Dispose();
        _http.Dispose();
        _folder.Dispose();
    }
}
