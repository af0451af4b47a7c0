using System.Net;
using System.Text;
using Brief.Print;

namespace Brief.Site.Preview;

/// <summary>
/// Serves a <see cref="PreviewSession"/>'s folder over HTTP for <c>brief serve</c>: a <see cref="StaticFileServer"/>
/// (the same path policy and content types as printing) that adds to every HTML page a small script that reloads
/// it after each build (server-sent events), and the last build's diagnostics (<see cref="PreviewOverlay"/>): its
/// errors over the last good page, or its warnings under the page. Nothing is added to the built site: the script and
/// the overlay exist only in what this server sends.
/// </summary>
public sealed class PreviewServer : StaticFileServer
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

    private readonly PreviewSession _session;

    private PreviewServer(PreviewSession session, Uri address, string listenOn)
        : base(session.Folder, "/", address, listenOn)
    {
        _session = session;
        Listen();
    }

    /// <summary>Starts serving; a port already in use is a <see cref="PortInUseException"/>.</summary>
    public static PreviewServer Start(PreviewSession session, string host, int port)
    {
        var address = new Uri($"http://{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{port}/");
        try
        {
            return new PreviewServer(session, address, host is "0.0.0.0" or "*" ? $"http://+:{port}/" : address.ToString());
        }
        catch (HttpListenerException exception)
        {
            throw new PortInUseException(host, port, exception);
        }
    }

    protected override async Task RespondAsync(HttpListenerRequest request, HttpListenerResponse response)
    {
        switch (PathOf(request))
        {
            case ScriptPath:
                await WriteAsync(response, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(Script), request.HttpMethod)
                    .ConfigureAwait(false);
                return;
            case EventsPath:
                await StreamEventsAsync(response).ConfigureAwait(false);
                return;
            default:
                await base.RespondAsync(request, response).ConfigureAwait(false);
                return;
        }
    }

    /// <summary>No page to show: before the first good build, the errors are the page.</summary>
    protected override byte[] NotFoundPage() => Inject(Encoding.UTF8.GetBytes(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>brief " +
            $"serve</title></head><body><p>{(_session.Last is { Errors: > 0 } ? "The site has not built yet." : "Not found.")}</p></body></html>"));

    protected override async Task SendFileAsync(HttpListenerResponse response, int status, string file, string method)
    {
        var type = MediaTypes.Of(file);
        if (!type.StartsWith("text/html", StringComparison.Ordinal))
        {
            await base.SendFileAsync(response, status, file, method).ConfigureAwait(false);
            return;
        }
        await WriteAsync(response, status, type, Inject(await File.ReadAllBytesAsync(file).ConfigureAwait(false)), method).ConfigureAwait(false);
    }

    private byte[] Inject(byte[] page)
    {
        var html = Encoding.UTF8.GetString(page);
        var added = new StringBuilder();
        if (_session.Last is { } last)
        {
            added.Append(PreviewOverlay.Of(last.Diagnostics));
        }
        added.Append($"<script src=\"{ScriptPath}\" data-generation=\"{_session.Generation}\"></script>");
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(end < 0 ? html + added : html.Insert(end, added.ToString()));
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
            await stream.WriteAsync(Encoding.UTF8.GetBytes($"retry: 500\nevent: hello\ndata: {_session.Generation}\n\n"), Stopping)
                .ConfigureAwait(false);
            await stream.FlushAsync(Stopping).ConfigureAwait(false);
            while (!Stopping.IsCancellationRequested)
            {
                var built = await signal.WaitAsync(TimeSpan.FromSeconds(15), Stopping).ConfigureAwait(false);
                var message = built ? $"event: build\ndata: {_session.Generation}\n\n" : ": keep-alive\n\n";
                await stream.WriteAsync(Encoding.UTF8.GetBytes(message), Stopping).ConfigureAwait(false);
                await stream.FlushAsync(Stopping).ConfigureAwait(false);
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
}

/// <summary>The preview's port is taken by another program.</summary>
public sealed class PortInUseException(string host, int port, Exception inner)
    : Exception($"port {port} on {host} is in use: stop what runs there, or pick another port with --port", inner);
