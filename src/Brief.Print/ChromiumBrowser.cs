using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Brief.Print;

/// <summary>
/// One headless Chromium for a whole build, driven over the DevTools protocol (no Playwright driver to ship,
/// one browser start however many briefs). Started with the flags that keep it off the network and out of the
/// user's profile; stopped, with its temporary profile removed, on dispose.
/// </summary>
public sealed class ChromiumBrowser : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DevToolsConnection _connection;
    private readonly string _profile;

    private ChromiumBrowser(Process process, DevToolsConnection connection, string profile) =>
        (_process, _connection, _profile) = (process, connection, profile);

    public static async Task<ChromiumBrowser> LaunchAsync(string executable, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("brief-chromium-").FullName;
        var info = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
            "--mute-audio", "--hide-scrollbars", "--font-render-hinting=none", $"--user-data-dir={profile}", "--remote-debugging-port=0",
                "about:blank",
        })
        {
            info.ArgumentList.Add(argument);
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {executable}.");
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var endpoint = await ReadEndpointAsync(process, cancellationToken).ConfigureAwait(false);
        var connection = await DevToolsConnection.ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
        return new ChromiumBrowser(process, connection, profile);
    }

    private static async Task<Uri> ReadEndpointAsync(Process process, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (await process.StandardError.ReadLineAsync(timeout.Token).ConfigureAwait(false) is { } line)
        {
            const string marker = "DevTools listening on ";
            var at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None); // keep draining, or Chromium blocks
                return new Uri(line[(at + marker.Length)..].Trim());
            }
        }
        throw new InvalidOperationException("Chromium exited before it opened its DevTools endpoint.");
    }

    /// <summary>Opens a tab, loads the URL and waits until the page and its fonts are ready.</summary>
    public async Task<BrowserPage> OpenAsync(Uri url, CancellationToken cancellationToken)
    {
        var target = await _connection.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, cancellationToken)
            .ConfigureAwait(false);
        var targetId = target["targetId"]!.GetValue<string>();
        var attached = await _connection.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = targetId, ["flatten"] = true }, null,
            cancellationToken).ConfigureAwait(false);
        var page = new BrowserPage(_connection, targetId, attached["sessionId"]!.GetValue<string>());
        await page.NavigateAsync(url, cancellationToken).ConfigureAwait(false);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _connection.SendAsync("Browser.close").WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
        {
        }
        await _connection.DisposeAsync().ConfigureAwait(false);
        if (!_process.WaitForExit(5000))
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
