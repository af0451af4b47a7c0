using System.Net;
using System.Net.Sockets;

namespace Brief.Print;

/// <summary>
/// Serves a built site's folder over HTTP: GET and HEAD only, files chosen by the one path policy
/// (<see cref="SafePath"/>), typed by <see cref="MediaTypes"/>, nothing cached by the client, and for a path that
/// names nothing the site's 404.html with status 404. Used as it is to serve the staging folder on 127.0.0.1 for
/// the browser to print from, under the site's base URL, so that root-absolute links and stylesheets resolve
/// exactly as on the host; <c>brief serve</c>'s preview extends it.
/// </summary>
public class StaticFileServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly string _root;
    private readonly string _basePath; // "/" or "/PATH/"
    private Task _serving = Task.CompletedTask;

    /// <summary>Serves <paramref name="root"/> under <paramref name="basePath"/> on a free port of 127.0.0.1.</summary>
    public StaticFileServer(string root, string basePath)
        : this(root, basePath, new Uri($"http://127.0.0.1:{FreePort()}/"), listenOn: null) => Listen();

    /// <summary>A server that answers once <see cref="Listen"/> is called, when the subclass is ready to.</summary>
    /// <param name="address">Where the server answers; <paramref name="listenOn"/>, when given, is the listener's
    /// prefix instead of it (e.g. http://+:PORT/ to answer on every interface).</param>
    protected StaticFileServer(string root, string basePath, Uri address, string? listenOn)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        Address = address;
        BaseUri = new Uri(address, basePath);
        _listener.Prefixes.Add(listenOn ?? address.ToString());
        _listener.IgnoreWriteExceptions = true;
    }

    /// <summary>Starts answering; a failure to listen (e.g. a port in use) is the listener's exception.</summary>
    protected void Listen()
    {
        try
        {
            _listener.Start();
        }
        catch
        {
            _listener.Close();
            _stopping.Dispose();
            throw;
        }
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The server's own address, http://HOST:PORT/.</summary>
    public Uri Address { get; }

    /// <summary>The address of the site: <see cref="Address"/> and the base path.</summary>
    public Uri BaseUri { get; }

    /// <summary>Cancelled when the server stops, for answers that last (an event stream).</summary>
    protected CancellationToken Stopping => _stopping.Token;

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
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
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            if (context.Request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = 405;
                return;
            }
            await RespondAsync(context.Request, response).ConfigureAwait(false);
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

    /// <summary>The path of a request as the client sent it (still percent-encoded, so no ".." is resolved away), without the query.</summary>
    protected static string PathOf(HttpListenerRequest request) => (request.RawUrl ?? "/").Split('?', 2)[0];

    /// <summary>Answers a GET or HEAD: the file the path names, else the site's 404.html with status 404, else <see cref="NotFoundPage"/>.</summary>
    protected virtual async Task RespondAsync(HttpListenerRequest request, HttpListenerResponse response)
    {
        var status = 200;
        var file = SafePath.Resolve(_root, PathOf(request), _basePath);
        if (file is null)
        {
            status = 404;
            file = SafePath.Resolve(_root, _basePath + "404.html", _basePath);
        }
        if (file is null)
        {
            await WriteAsync(response, 404, "text/html; charset=utf-8", NotFoundPage(), request.HttpMethod).ConfigureAwait(false);
            return;
        }
        await SendFileAsync(response, status, file, request.HttpMethod).ConfigureAwait(false);
    }

    /// <summary>The page sent when nothing is found and the site has no 404.html.</summary>
    protected virtual byte[] NotFoundPage() => "<!doctype html><title>Not found</title><p>Not found.</p>"u8.ToArray();

    /// <summary>Sends a file of the site as it is.</summary>
    protected virtual async Task SendFileAsync(HttpListenerResponse response, int status, string file, string method)
    {
        await using var stream = File.OpenRead(file);
        Head(response, status, MediaTypes.Of(file), stream.Length);
        if (method != "HEAD")
        {
            await stream.CopyToAsync(response.OutputStream).ConfigureAwait(false);
        }
    }

    /// <summary>Sends a body made in memory.</summary>
    protected static async Task WriteAsync(HttpListenerResponse response, int status, string type, byte[] body, string method)
    {
        Head(response, status, type, body.Length);
        if (method != "HEAD")
        {
            await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
        }
    }

    private static void Head(HttpListenerResponse response, int status, string type, long length)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = length;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }
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
