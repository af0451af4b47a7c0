using System.Net;
using System.Text;
using Brief.Core.Diagnostics;
using Brief.Print;

namespace Brief.Site.Preview;

/// <summary>
/// Serves a <see cref="PreviewSession"/>'s folder over HTTP for <c>brief serve</c>: files only from inside the
/// folder, every HTML page with a small script that reloads it after each build (server-sent events), and, while
/// the last build has errors, an overlay listing them over the last good page. Nothing is added to the built site:
/// the script and the overlay exist only in what this server sends.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    public const string ScriptPath = "/__brief/live.js";
    public const string EventsPath = "/__brief/events";

    private const string Script = """
        (() => {
          const seen = Number(document.currentScript.dataset.generation);
          const events = new EventSource("/__brief/events");
          events.addEventListener("build", (e) => { if (Number(e.data) !== seen) location.reload(); });
        })();
        """;

    private readonly HttpListener _listener = new();
    private readonly PreviewSession _session;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _serving;

    private PreviewServer(PreviewSession session, string host, int port)
    {
        _session = session;
        Address = new Uri($"http://{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{port}/");
        _listener.Prefixes.Add(host is "0.0.0.0" or "*" ? $"http://+:{port}/" : Address.ToString());
        _listener.IgnoreWriteExceptions = true;
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri Address { get; }

    /// <summary>Starts serving; a port already in use is a <see cref="PortInUseException"/>.</summary>
    public static PreviewServer Start(PreviewSession session, string host, int port)
    {
        try
        {
            return new PreviewServer(session, host, port);
        }
        catch (HttpListenerException exception)
        {
            throw new PortInUseException(host, port, exception);
        }
    }

    private async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var request = context.Request;
            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = 405;
                return;
            }
            var path = request.Url?.AbsolutePath ?? "/";
            switch (path)
            {
                case ScriptPath:
                    await WriteAsync(response, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(Script), request.HttpMethod).ConfigureAwait(false);
                    return;
                case EventsPath:
                    await StreamEventsAsync(response).ConfigureAwait(false);
                    return;
            }
            // the raw path too: a client may send "..", encoded or not, that the parsed URL has already resolved away
            var raw = request.RawUrl ?? "/";
            var rawPath = raw.Split('?', 2)[0];
            var file = Unsafe(rawPath) ? null : SafePath.Resolve(_session.Folder, path);
            var status = 200;
            if (file is null)
            {
                status = 404;
                file = SafePath.Resolve(_session.Folder, "/404.html");
            }
            if (file is null)
            {
                // no page to show: before the first good build, the errors are the page
                var page = $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>brief serve</title></head><body><p>{(_session.Last is { Errors: > 0 } ? "The site has not built yet." : "Not found.")}</p></body></html>";
                await WriteAsync(response, 404, "text/html; charset=utf-8", Inject(Encoding.UTF8.GetBytes(page)), request.HttpMethod).ConfigureAwait(false);
                return;
            }
            var type = MediaTypes.Of(file);
            var bytes = await File.ReadAllBytesAsync(file).ConfigureAwait(false);
            if (type.StartsWith("text/html", StringComparison.Ordinal))
            {
                bytes = Inject(bytes);
            }
            await WriteAsync(response, status, type, bytes, request.HttpMethod).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // the client went away, or the file changed under us: nothing to answer
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
            }
        }
    }

    private static bool Unsafe(string rawPath)
    {
        var lower = rawPath.ToLowerInvariant();
        return lower.Contains("..", StringComparison.Ordinal) || lower.Contains("%2e%2e", StringComparison.Ordinal)
            || lower.Contains("%5c", StringComparison.Ordinal) || lower.Contains('\\', StringComparison.Ordinal) || lower.Contains("%00", StringComparison.Ordinal);
    }

    private byte[] Inject(byte[] page)
    {
        var html = Encoding.UTF8.GetString(page);
        var added = new StringBuilder();
        if (_session.Last is { Errors: > 0 } failed)
        {
            added.Append(Overlay(failed.Diagnostics));
        }
        added.Append($"<script src=\"{ScriptPath}\" data-generation=\"{_session.Generation}\"></script>");
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(end < 0 ? html + added : html.Insert(end, added.ToString()));
    }

    /// <summary>The errors of the last build, over the last good page: file, line, column, message and hint, escaped.</summary>
    public static string Overlay(IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var text = new StringBuilder();
        text.Append("<div id=\"brief-overlay\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;")
            .Append("background:#3b0d0d;color:#fff;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.25rem;border-top:4px solid #ff6b6b\">")
            .Append("<p style=\"margin:0 0 .5rem;font-weight:700\">brief: ").Append(errors.Count).Append(errors.Count == 1 ? " error" : " errors")
            .Append(" — what you see is the last good build, if there was one; fix the content and the page reloads.</p><ul style=\"margin:0;padding-left:1.25rem\">");
        foreach (var error in errors)
        {
            text.Append("<li><strong>").Append(WebUtility.HtmlEncode($"{error.File}:{error.Line}:{error.Column}")).Append("</strong> ")
                .Append(WebUtility.HtmlEncode($"{error.Code}: {error.Message}"));
            if (error.Hint is not null)
            {
                text.Append("<br><span style=\"opacity:.8\">hint: ").Append(WebUtility.HtmlEncode(error.Hint)).Append("</span>");
            }
            text.Append("</li>");
        }
        return text.Append("</ul></div>").ToString();
    }

    private async Task StreamEventsAsync(HttpListenerResponse response)
    {
        response.ContentType = "text/event-stream";
        response.Headers["Cache-Control"] = "no-store";
        response.SendChunked = true;
        var signal = new SemaphoreSlim(0);
        void OnBuilt(BuildResult _) => signal.Release();
        _session.Built += OnBuilt;
        try
        {
            var stream = response.OutputStream;
            await stream.WriteAsync(Encoding.UTF8.GetBytes($"retry: 500\nevent: hello\ndata: {_session.Generation}\n\n"), _stopping.Token).ConfigureAwait(false);
            await stream.FlushAsync(_stopping.Token).ConfigureAwait(false);
            while (!_stopping.IsCancellationRequested)
            {
                var built = await signal.WaitAsync(TimeSpan.FromSeconds(15), _stopping.Token).ConfigureAwait(false);
                var message = built ? $"event: build\ndata: {_session.Generation}\n\n" : ": keep-alive\n\n";
                await stream.WriteAsync(Encoding.UTF8.GetBytes(message), _stopping.Token).ConfigureAwait(false);
                await stream.FlushAsync(_stopping.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _session.Built -= OnBuilt;
            signal.Dispose();
        }
    }

    private static async Task WriteAsync(HttpListenerResponse response, int status, string type, byte[] body, string method)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        if (method != "HEAD")
        {
            await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        try
        {
            _listener.Stop();
            _listener.Close();
        }
        catch (HttpListenerException)
        {
            // the managed listener can report a port conflict of another listener while unregistering: nothing to undo
        }
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
        }
        _stopping.Dispose();
    }
}

/// <summary>The preview's port is taken by another program.</summary>
public sealed class PortInUseException(string host, int port, Exception inner)
    : Exception($"port {port} on {host} is in use: stop what runs there, or pick another port with --port", inner);
