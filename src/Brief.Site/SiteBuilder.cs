using System.Diagnostics;
using Brief.Content.Loading;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;
using Brief.Core.Pipelines;
using Brief.Site.Incremental;
using Brief.Site.Theme;

namespace Brief.Site;

/// <summary>The result of a build or check: every diagnostic, what was made, and how long it took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, int> Pages, TimeSpan Elapsed, bool Written)
{
    /// <summary>The briefs printed to PDF (with --pdf), with page counts and timings.</summary>
    public IReadOnlyList<Print.PrintedBrief> Printed { get; init; } = [];

    /// <summary>How many pages were taken unchanged from the previous output (the build cache).</summary>
    public int PagesReused { get; init; }

    /// <summary>How long each pipeline phase took.</summary>
    public IReadOnlyDictionary<(string Pipeline, Phase Phase), TimeSpan> Timings { get; init; } = new Dictionary<(string, Phase), TimeSpan>();

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

/// <summary>
/// Builds or checks a site: reads site.yml and the theme into the run's settings, runs the pipelines, and for a
/// build writes into a fresh folder beside the output that replaces the output only when the run succeeded, so
/// a failed build leaves the previous site exactly as it was.
/// </summary>
public static class SiteBuilder
{
    public static Task<BuildResult> CheckAsync(BuildOptions options, bool strict = false, CancellationToken cancellationToken = default) =>
        RunAsync(options, null, strict, write: false, cancellationToken);

    public static Task<BuildResult> BuildAsync(BuildOptions options, bool strict = false, CancellationToken cancellationToken = default) =>
        RunAsync(options, null, strict, write: true, cancellationToken);

    /// <summary>
    /// Builds with a cache kept by the caller across builds (<c>brief serve</c>): files, bodies and pages that did
    /// not change are taken from it. The result is the same as a clean build's, byte for byte.
    /// </summary>
    public static Task<BuildResult> BuildAsync(BuildOptions options, BuildCache cache, bool strict = false, CancellationToken cancellationToken = default) =>
        RunAsync(options, cache, strict, write: true, cancellationToken);

    /// <summary>The theme's templates, parsed again only when a template changed (brief serve keeps them), with their errors.</summary>
    private static ThemeTemplates LoadTheme(string root, BuildCache cache, DiagnosticBag diagnostics)
    {
        if (!cache.KeepsInMemory)
        {
            return ThemeTemplates.Load(root, diagnostics); // nothing to keep: no fingerprint to read the files for first
        }
        var (theme, found) = cache.Kept(Incremental.Fingerprint.Of("theme", root, ThemeTemplates.KeyOf(root)), () =>
        {
            var bag = new DiagnosticBag();
            return Tuple.Create(ThemeTemplates.Load(root, bag), bag.Sorted());
        });
        foreach (var diagnostic in found)
        {
            diagnostics.Add(diagnostic);
        }
        return theme;
    }

    private static async Task<BuildResult> RunAsync(BuildOptions options, BuildCache? kept, bool strict, bool write, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag(strict);
        if (write && !OutputFolder.Check(options, diagnostics))
        {
            return new BuildResult(diagnostics.Sorted(), new Dictionary<string, int>(), clock.Elapsed, Written: false);
        }
        var site = SiteSettingsReader.Read(Path.Combine(options.InputRoot, "site.yml"),
            DiagnosticPath.For(Path.Combine(options.InputRoot, "site.yml"), options), diagnostics);
        if (options.BaseUrl is not null && !Content.Model.SiteSettings.IsValidBaseUrl(options.BaseUrl))
        {
            diagnostics.Error(Codes.InvalidValue, $"--base-url is '{options.BaseUrl}', not a path", "--base-url", 0, 0,
                "give the path the site is hosted under, e.g. --base-url /briefings/cartels/");
        }
        else if (options.BaseUrl is not null)
        {
            site = site with { BaseUrl = Content.Model.SiteSettings.NormalizeBaseUrl(options.BaseUrl) };
        }
        var cache = kept ?? (options.CacheFolder is { } folder ? BuildCache.Load(folder) : BuildCache.ForOneBuild());
        var theme = LoadTheme(options.ThemeRoot, cache, diagnostics);

        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputRoot));
        if (write && !options.InPlace)
        {
            OutputFolder.Recover(output);
        }
        var staging = options.InPlace ? output : $"{output}.building-{Guid.NewGuid():N}";
        var settings = Metadata.Empty
            .With(SiteKeys.Options, options with { OutputRoot = staging })
            .With(SiteKeys.Site, site)
            .With(SiteKeys.Theme, theme)
            .With(SiteKeys.WriteOutput, write)
            .With(SiteKeys.Cache, cache)
            .With(SiteKeys.PreviousOutput, output)
            .With(SiteKeys.SiteKey, SiteKeyOf(options));
        var engine = new Engine(SitePipelines.Create());
        try
        {
            var outputs = await engine.ExecuteAsync(settings, diagnostics, Phase.Output, cancellationToken).ConfigureAwait(false);
            var pages = outputs.Get(SitePipelines.Render, Phase.Process)
                .GroupBy(d => Content.Model.ContentKinds.Noun(d.Get(SiteKeys.Item).Kind))
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            pages["pages written"] = outputs.Get(SitePipelines.Pages, Phase.PostProcess)
                .Count(d => d.Destination?.EndsWith(".html", StringComparison.Ordinal) == true);
            IReadOnlyList<Print.PrintedBrief> printed = [];
            if (write && !diagnostics.HasErrors && options.PdfWith is { } chromium)
            {
                var catalog = outputs.Get(SitePipelines.Catalog, Phase.Process).Single().Get(SiteKeys.Catalog);
                printed = await PrintBriefs.RunAsync(chromium, staging, catalog, diagnostics, cancellationToken).ConfigureAwait(false);
            }
            var written = write && !diagnostics.HasErrors;
            if (written && options.InPlace)
            {
                var files = SitePipelines.Create().SelectMany(p => outputs.Get(p.Name, Phase.Output)).Select(d => d.Destination).OfType<string>()
                    .ToHashSet(StringComparer.Ordinal);
                RemoveStale(output, files, cache.OutputFiles);
                OutputFolder.Mark(output);
                cache.OutputFiles = files;
            }
            else if (written)
            {
                OutputFolder.Replace(staging, output);
            }
            else if (options.InPlace && outputs.Timings.ContainsKey((SitePipelines.Pages, Phase.Output)))
            {
                cache.ForgetPages(); // the folder was partly updated by a build that failed while writing
            }
            var reused = cache.PagesReused;
            cache.EndBuild(published: written);
            if (written && kept is null && options.CacheFolder is { } cacheFolder)
            {
                cache.Save(cacheFolder);
            }
            return new BuildResult(diagnostics.Sorted(), pages, clock.Elapsed, written)
            {
                Printed = printed, Timings = outputs.Timings, PagesReused = reused,
            };
        }
        finally
        {
            if (!options.InPlace && Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static string SiteKeyOf(BuildOptions options)
    {
        var path = Path.Combine(options.InputRoot, "site.yml");
        return Fingerprint.Of(options.BaseUrl, File.Exists(path) ? File.ReadAllText(path) : null);
    }

    /// <summary>
    /// Removes what an earlier build wrote into a folder updated in place and this build did not: the difference
    /// from the last build's files when they are known, else whatever the folder holds besides this build's files.
    /// </summary>
    private static void RemoveStale(string output, HashSet<string> files, IReadOnlySet<string>? before)
    {
        var stale = before is not null
            ? before.Where(f => !files.Contains(f)).Select(f => Path.Combine(output, f))
            : Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                .Where(f => !files.Contains(Path.GetRelativePath(output, f).Replace(Path.DirectorySeparatorChar, '/'))).ToList();
        foreach (var file in stale)
        {
            File.Delete(file);
            for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > output.Length
                && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
            {
                Directory.Delete(folder);
            }
        }
    }
}
