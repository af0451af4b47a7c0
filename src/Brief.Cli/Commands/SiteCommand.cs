using System.CommandLine;
using Brief.Site;

namespace Brief.Cli.Commands;

/// <summary>`brief build` and `brief check`: parse options, call <see cref="SiteBuilder"/>, report (<see cref="BuildReport"/>). Nothing else lives
/// here.</summary>
public static class SiteCommand
{
    public enum Format { Text, GitHub, Json }

    /// <summary>The options build and check share, so that both read content the same way.</summary>
    private sealed class ContentOptions
    {
        public Option<string> Input { get; } = PathOption("--input", "input", "The content folder.");
        public Option<string> Theme { get; } = PathOption("--theme", "theme", "The theme folder (layouts, partials, assets).");
        public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include pages marked 'draft: true'." };
        public Option<bool> Strict { get; } = new("--strict") { Description = "Treat warnings as errors." };
        public Option<string?> Release { get; } = new("--release")
        {
            Description = "The highest portion mark allowed in the output, one of site.yml's markings (overrides its release).",
        };
        public Option<Format> Format { get; } = new("--format")
        {
            Description = "How diagnostics are written: text, github (also workflow annotations) or json.",
            DefaultValueFactory = _ => SiteCommand.Format.Text,
        };

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { Input, Theme, Drafts, Strict, Release, Format })
            {
                command.Options.Add(option);
            }
        }

        public BuildOptions Read(ParseResult result, string output) =>
            new(Full(result.GetValue(Input)!), Full(result.GetValue(Theme)!), Full(output))
            {
                Drafts = result.GetValue(Drafts),
                Release = result.GetValue(Release),
            };
    }

    public static Command Build()
    {
        var command = new Command("build", "Build the site from the input folder into the output folder.");
        var common = new ContentOptions();
        var output = PathOption("--output", "site", "Where the site is written.");
        var baseUrl = new Option<string?>("--base-url") { Description = "The path the site is hosted under, e.g. /briefing/ (overrides site.yml)." };
        var url = UrlOption();
        var pdf = new Option<bool>("--pdf")
        {
            Description = "Also print each brief to site/briefs/NAME.pdf with the system Chromium (PATH or BRIEF_CHROMIUM).",
        };
        var docx = new Option<bool>("--docx") { Description = "Also write each brief as a Word file, site/briefs/NAME.docx." };
        var cache = new Option<string?>("--cache")
        {
            Description = "Where to keep what each page was made from, so the next build lays out only what changed. Default: .brief-cache beside " +
                "the output folder",
        };
        var noCache = new Option<bool>("--no-cache") { Description = "Build everything from scratch and keep no cache." };
        var noSearch = new Option<bool>("--no-search")
        {
            Description = "Do not build the search index (the site then offers the A-Z glossary and the indexes instead).",
        };
        var offline = new Option<bool>("--offline")
        {
            Description = "Write a copy that works opened from disk (file://, a USB stick, a shared drive): relative links that name index.html, " +
                "search without a server.",
        };
        common.AddTo(command);
        foreach (var option in new Option[] { output, baseUrl, url, offline, pdf, docx, cache, noCache, noSearch })
        {
            command.Options.Add(option);
        }
        command.SetAction((result, cancellationToken) =>
        {
            string? chromium = null;
            if (result.GetValue(pdf) && (chromium = Print.ChromiumLocator.Find()) is null)
            {
                Console.Error.WriteLine($"brief: --pdf needs Chromium, which was not found: {Print.ChromiumLocator.InstallHint}.");
                return Task.FromResult(2);
            }
            var options = common.Read(result, result.GetValue(output)!) with
            {
                BaseUrl = result.GetValue(baseUrl),
                Url = result.GetValue(url),
                PdfWith = chromium,
                Docx = result.GetValue(docx),
            };
            options = options with { Search = !result.GetValue(noSearch), Offline = result.GetValue(offline) };
            if (!result.GetValue(noCache))
            {
                options = options with
                {
                    CacheFolder = Full(result.GetValue(cache)
                        ?? Path.Combine(Path.GetDirectoryName(options.OutputRoot.TrimEnd(Path.DirectorySeparatorChar)) ?? ".", ".brief-cache")),
                };
            }
            return Run(options, write: true, result.GetValue(common.Strict), result.GetValue(common.Format), cancellationToken);
        });
        return command;
    }

    public static Command Check()
    {
        var command = new Command("check", "Check the content as a build would, and write nothing.");
        var common = new ContentOptions();
        common.AddTo(command);
        command.SetAction((result, cancellationToken) =>
            Run(common.Read(result, "site"), write: false, result.GetValue(common.Strict), result.GetValue(common.Format), cancellationToken));
        return command;
    }

    private static async Task<int> Run(BuildOptions options, bool write, bool strict, Format format, CancellationToken cancellationToken)
    {
        foreach (var (folder, name) in new[] { (options.InputRoot, "input"), (options.ThemeRoot, "theme") })
        {
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"brief: the {name} folder '{Path.GetRelativePath(Environment.CurrentDirectory, folder)}' does not exist.");
                return 2;
            }
        }
        using var progress = Progress.Start(format == Format.Text);
        CollectionBudget.Start();
        BuildResult result;
        try
        {
            result = write
                ? await SiteBuilder.BuildAsync(options, strict, cancellationToken).ConfigureAwait(false)
                : await SiteBuilder.CheckAsync(options, strict, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            progress.Dispose();
            Console.Error.WriteLine("brief: interrupted; the previous site is as it was.");
            return 130;
        }
        catch (Exception exception)
        {
            // Content problems are diagnostics; reaching here is a bug in brief, reported without a stack trace.
            progress.Dispose();
            Console.Error.WriteLine($"brief: internal error: {exception.Message}");
            Console.Error.WriteLine("brief: this is a bug in brief, not in your content; nothing was written. Set BRIEF_DEBUG=1 for details.");
            if (Environment.GetEnvironmentVariable("BRIEF_DEBUG") == "1")
            {
                Console.Error.WriteLine(exception);
            }
            return 3;
        }
        progress.Dispose();
        BuildReport.Write(result, write, options, format);
        return result.Errors > 0 ? 1 : 0;
    }

    private static Option<string?> UrlOption() => new("--url")
    {
        Description = "Where the site is published, e.g. https://owner.github.io/repo/ (overrides site.yml; its path is the base URL): " +
            "the sitemap, the feed and canonical links need it.",
    };

    private static Option<string> PathOption(string name, string fallback, string description) =>
        new(name) { Description = $"{description} Default: {fallback}", DefaultValueFactory = _ => fallback };

    private static string Full(string path) => Path.GetFullPath(path);
}
