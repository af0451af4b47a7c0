using System.CommandLine;
using System.Globalization;
using Brief.Site;
using Brief.Site.Preview;

namespace Brief.Cli.Commands;

/// <summary>`brief serve`: a live preview. Parses options, starts a <see cref="PreviewSession"/> and its server, reports each build.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Build, serve the site on this machine, and rebuild and reload pages when input/ or theme/ change.");
        var input = new Option<string>("--input") { Description = "The content folder. Default: input", DefaultValueFactory = _ => "input" };
        var theme = new Option<string>("--theme") { Description = "The theme folder. Default: theme", DefaultValueFactory = _ => "theme" };
        var port = new Option<int>("--port") { Description = "The port to serve on. Default: 5080", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host")
        {
            Description = "The address to serve on. Default: 127.0.0.1 (this machine only)",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var drafts = new Option<bool>("--drafts") { Description = "Include pages marked 'draft: true'." };
        foreach (var option in new Option[] { input, theme, port, host, drafts })
        {
            command.Options.Add(option);
        }
        command.SetAction((result, cancellationToken) => RunAsync(
            Path.GetFullPath(result.GetValue(input)!), Path.GetFullPath(result.GetValue(theme)!), result.GetValue(host)!, result.GetValue(port),
            result.GetValue(drafts), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string input, string theme, string host, int port, bool drafts, CancellationToken cancellationToken)
    {
        foreach (var (folder, name) in new[] { (input, "input"), (theme, "theme") })
        {
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"brief: the {name} folder '{Path.GetRelativePath(Environment.CurrentDirectory, folder)}' does not exist.");
                return 2;
            }
        }
        // the preview lives in the cache folder, never in site/: what is served is not what is published
        var preview = Path.Combine(Path.GetDirectoryName(input) ?? Environment.CurrentDirectory, ".brief-cache", "serve");
        using var session = new PreviewSession(new BuildOptions(input, theme, preview) { Drafts = drafts, Search = true });
        session.Built += Report;
        session.Crashed += exception => Console.Error.WriteLine($"brief: internal error while rebuilding: {exception.Message} (a bug in brief; " +
            "the last good site is still served)");
        await session.BuildAsync(cancellationToken).ConfigureAwait(false);
        PreviewServer server;
        try
        {
            server = PreviewServer.Start(session, host, port);
        }
        catch (PortInUseException exception)
        {
            Console.Error.WriteLine($"brief: {exception.Message}.");
            return 2;
        }
        using (server)
        {
            session.Watch(TimeSpan.FromMilliseconds(60));
            Console.Error.WriteLine($"brief: serving {server.Address} — watching {Relative(input)} and {Relative(theme)}; Ctrl+C stops.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
        Console.Error.WriteLine("brief: stopped.");
        return 0;
    }

    private static void Report(BuildResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(DiagnosticFormatter.Text(diagnostic));
        }
        var ms = result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        Console.Error.WriteLine(result.Written
            ? $"brief: built {result.PagesWritten} pages ({result.PagesReused} unchanged) in {ms} ms; {result.Warnings} " +
                $"warning{(result.Warnings == 1 ? "" : "s")}"
            : $"brief: {result.Errors} error{(result.Errors == 1 ? "" : "s")} in {ms} ms; still serving the last good build");
    }

    private static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
