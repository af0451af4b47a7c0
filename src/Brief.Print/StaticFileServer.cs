using System.Net;
using System.Net.Sockets;

namespace Brief.Print;

/// <summary>
/// Serves a built site on 127.0.0.1 for the browser to print from, under the site's base URL, so that
/// root-absolute links and stylesheets resolve exactly as on the host. Only files inside the folder are served.
/// </summary>
public sealed class StaticFileServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly Task _serving;

    public Uri BaseUri { get; }

    public StaticFileServer(string root, string basePath)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}{basePath}");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
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
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
        var file = Resolve(path);
        if (file is null)
        {
            response.StatusCode = 404;
            return;
        }
        response.ContentType = MediaTypes.Of(file);
        using var stream = File.OpenRead(file);
        response.ContentLength64 = stream.Length;
        stream.CopyTo(response.OutputStream);
    }

    private string? Resolve(string path)
    {
        if (!path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            return null;
        }
        var relative = path[_basePath.Length..];
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }
        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }
        return File.Exists(full) ? full : null;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
        }
    }
}
