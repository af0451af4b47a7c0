using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Brief.Tests.Support;

/// <summary>
/// nginx serving a built site under a sub-path with the <c>location</c> block of docs/hosting.md, read from that file
/// so the docs and the tests cannot drift: a config of its own in a temp folder (pid, logs and temp files there too),
/// listening on a free port of 127.0.0.1, in the foreground, stopped when disposed.
/// </summary>
public sealed partial class NginxServer : IDisposable
{
    /// <summary>Where docs/hosting.md's example puts the site and the path it serves it under.</summary>
    private const string DocsRoot = "/srv/briefing/site/";
    private const string DocsPath = "/cartels/";

    private readonly TempFolder _folder = new();
    private readonly Process _process;

    public Uri Origin { get; }

    public static string? Executable =>
        new[] { "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);

    public NginxServer(string output, string basePath)
    {
        var port = FreePort();
        Origin = new Uri($"http://127.0.0.1:{port}/");
        File.WriteAllText(_folder.Combine("nginx.conf"), Config(output, basePath, port));
        var start = new ProcessStartInfo(Executable ?? "nginx")
        {
            ArgumentList = { "-p", _folder.Path + "/", "-c", "nginx.conf", "-e", _folder.Combine("error.log"), "-g", "daemon off;" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        WaitUntilListening(port);
    }

    /// <summary>The nginx location block of docs/hosting.md.</summary>
    public static string DocumentedLocation()
    {
        var docs = File.ReadAllText(Path.Combine(Repo.Root, "docs", "hosting.md"));
        return NginxBlock().Match(docs) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("docs/hosting.md has no ```nginx block");
    }

    private string Config(string output, string basePath, int port)
    {
        var location = DocumentedLocation().Replace(DocsRoot, Path.GetFullPath(output).TrimEnd('/') + "/", StringComparison.Ordinal)
            .Replace(DocsPath, basePath, StringComparison.Ordinal);
        var temp = string.Concat(new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" }
            .Select(kind => $"    {kind}_temp_path {_folder.Combine(kind)};\n"));
        // The host's root is not the site's: Chromium asks it for /favicon.ico, which the site (under a sub-path, with no
        // icon) cannot answer; the host answers it with no content, as a host with a site at its root would.
        var favicon = "        location = /favicon.ico { return 204; }\n";
        // Run as root (a container's CI), nginx's workers would otherwise read the site as nobody.
        var user = Environment.IsPrivilegedProcess ? "user root;\n" : "";
        return $"{user}worker_processes 1;\npid {_folder.Combine("nginx.pid")};\nerror_log {_folder.Combine("error.log")};\n"
            + "events { worker_connections 64; }\n"
            + $"http {{\n    include /etc/nginx/mime.types;\n    default_type application/octet-stream;\n"
            + $"    access_log {_folder.Combine("access.log")};\n{temp}"
            + $"    server {{\n        listen 127.0.0.1:{port};\n        server_name localhost;\n{favicon}{location}\n    }}\n}}\n";
    }

    private void WaitUntilListening(int port)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx stopped: {_process.StandardError.ReadToEnd()} "
                    + (File.Exists(_folder.Combine("error.log")) ? File.ReadAllText(_folder.Combine("error.log")) : ""));
            }
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        throw new InvalidOperationException("nginx never listened on its port");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
        _folder.Dispose();
    }

    [GeneratedRegex(@"```nginx\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex NginxBlock();
}
