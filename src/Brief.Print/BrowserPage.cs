using System.Text.Json.Nodes;

namespace Brief.Print;

/// <summary>One tab of the browser: navigate, run a script, print to PDF, close.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly DevToolsConnection _connection;
    private readonly string _targetId;
    private readonly string _session;

    internal BrowserPage(DevToolsConnection connection, string targetId, string session) =>
        (_connection, _targetId, _session) = (connection, targetId, session);

    internal async Task NavigateAsync(Uri url, CancellationToken cancellationToken)
    {
        await _connection.SendAsync("Page.enable", null, _session, cancellationToken).ConfigureAwait(false);
        var loaded = _connection.NextEvent("Page.loadEventFired", _session);
        var navigation = await _connection.SendAsync("Page.navigate", new JsonObject { ["url"] = url.ToString() }, _session, cancellationToken)
            .ConfigureAwait(false);
        if (navigation["errorText"]?.GetValue<string>() is { Length: > 0 } error)
        {
            throw new InvalidOperationException($"Chromium could not open {url}: {error}");
        }
        await loaded.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
        await EvaluateAsync("document.fonts.ready.then(() => true)", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Evaluates an expression in the page (awaiting a promise) and returns its JSON value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await _connection.SendAsync("Runtime.evaluate",
            new JsonObject { ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true }, _session, cancellationToken)
                .ConfigureAwait(false);
        if (result["exceptionDetails"] is JsonObject details)
        {
            throw new InvalidOperationException($"Script failed in the page: {details["text"]}");
        }
        return result["result"]?["value"];
    }

    /// <summary>Prints with the page's own CSS page size and backgrounds; a final print adds tags and a heading outline.</summary>
    public async Task<byte[]> PrintToPdfAsync(CancellationToken cancellationToken, bool final = true)
    {
        var result = await _connection.SendAsync("Page.printToPDF", new JsonObject
        {
            ["preferCSSPageSize"] = true,
            ["printBackground"] = true,
            ["displayHeaderFooter"] = false,
            ["generateTaggedPDF"] = final,
            ["generateDocumentOutline"] = final,
            ["marginTop"] = 0, ["marginBottom"] = 0, ["marginLeft"] = 0, ["marginRight"] = 0,
        }, _session, cancellationToken).ConfigureAwait(false);
        return Convert.FromBase64String(result["data"]!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _connection.SendAsync("Target.closeTarget", new JsonObject { ["targetId"] = _targetId }).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
        }
    }
}
