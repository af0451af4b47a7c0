using System.Diagnostics;
using Brief.Content.Loading;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;
using Brief.Core.Pipelines;
using Brief.Site.Incremental;
using Brief.Site.Theme;

namespace Brief.Site;

/// <summary>
/// Builds or checks a site: chooses the mode, reads site.yml and the theme into the run's settings, and runs the
/// pipelines of <see cref="SitePipelines"/>, which write, print and publish. A build writes into a fresh folder
/// beside the output that the Publish pipeline swaps in only when the run succeeded (an update, only the files that
/// changed, which Publish moves in: <see cref="OutputUpdate"/>), so a failed build leaves the previous site exactly
/// as it was; this class removes that folder when it was not published.
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
    public static Task<BuildResult> BuildAsync(BuildOptions options, BuildCache cache, bool strict = false,
        CancellationToken cancellationToken = default) =>
        RunAsync(options, cache, strict, write: true, cancellationToken);

    /// <summary>The theme's templates, parsed again only when a template changed (brief serve keeps them), with their errors.</summary>
    private static ThemeTemplates LoadTheme(string root, BuildCache cache, DiagnosticBag diagnostics)
    {
        if (!cache.KeepsInMemory)
        {
            return ThemeTemplates.Load(root, diagnostics); // nothing to keep: no fingerprint to read the files for first
        }
        var (theme, found) = cache.Themes.GetOrMake(Incremental.Fingerprint.Of(root, ThemeTemplates.KeyOf(root)), () =>
        {
            var bag = new DiagnosticBag();
            return new BuildCache.LoadedTheme(ThemeTemplates.Load(root, bag), bag.Sorted());
        });
        foreach (var diagnostic in found)
        {
            diagnostics.Add(diagnostic);
        }
        return theme;
    }

    private static async Task<BuildResult> RunAsync(BuildOptions options, BuildCache? kept, bool strict, bool write,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag(strict);
        if (write && !OutputFolder.Check(options, diagnostics))
        {
            return new BuildResult(diagnostics.Sorted(), clock.Elapsed);
        }
        var site = ReadSite(options, diagnostics);
        var criteria = Content.Criteria.CriteriaFile.Load(options.InputRoot,
            DiagnosticPath.For(Path.Combine(options.InputRoot, Content.Criteria.CriteriaFile.Name), options), diagnostics);
        var cache = kept ?? (options.CacheFolder is { } folder ? BuildCache.Load(folder, criteria) : BuildCache.ForOneBuild());
        var theme = LoadTheme(options.ThemeRoot, cache, diagnostics);
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputRoot));
        if (write && !options.InPlace)
        {
            OutputFolder.Recover(output); // before the mode is chosen: it may finish an update or put the output back
        }
        var mode = ModeOf(options, write, cache, output);
        // a build writes a new folder beside the output, which Publish swaps in; an update writes only what changed
        // beside it, which Publish moves in; the preview updates its folder in place
        var staging = mode switch
        {
            BuildMode.Serve => output,
            BuildMode.Update => $"{output}{OutputUpdate.Suffix}{Guid.NewGuid():N}",
            _ => $"{output}.building-{Guid.NewGuid():N}",
        };
        var settings = Metadata.Empty
            .With(SiteKeys.Mode, mode)
            .With(SiteKeys.Options, options with { OutputRoot = staging })
            .With(SiteKeys.Site, site)
            .With(SiteKeys.Criteria, criteria)
            .With(SiteKeys.Theme, theme)
            .With(SiteKeys.WriteOutput, write)
            .With(SiteKeys.Cache, cache)
            .With(SiteKeys.PreviousOutput, output)
            .With(SiteKeys.SiteKey, SiteKeyOf(options, criteria));
        try
        {
            var outputs = await new Engine(SitePipelines.Create()).ExecuteAsync(settings, diagnostics, Phase.Output,
                cancellationToken).ConfigureAwait(false);
            var published = write && outputs.Ran(SitePipelines.Publish, Phase.Output);
            if (!published && mode == BuildMode.Serve && outputs.Ran(SitePipelines.Pages, Phase.Output))
            {
                cache.Pages.Forget(); // the folder was partly updated by a build that failed while writing
            }
            var (reused, use) = (cache.Pages.Reused, cache.Use);
            cache.EndBuild(published);
            return Result(outputs, diagnostics, clock.Elapsed) with { Written = published, PagesReused = reused, CacheUse = use };
        }
        finally
        {
            if (!options.InPlace)
            {
                OutputUpdate.Discard(staging); // unless a publish stopped part-way: the next build finishes it from its journal
            }
        }
    }

    /// <summary>
    /// The mode of a run. A build is an update when the output is brief's, the records of the build that wrote it were
    /// read from the cache folder, and nothing reads the whole staged site (--pdf prints it, --docx converts its pages).
    /// </summary>
    private static BuildMode ModeOf(BuildOptions options, bool write, BuildCache cache, string output)
    {
        if (!write)
        {
            return BuildMode.Check;
        }
        if (options.InPlace)
        {
            return BuildMode.Serve;
        }
        var updates = options.CacheFolder is not null && cache.Pages.HasRecords && options.PdfWith is null && !options.Docx
            && File.Exists(Path.Combine(output, OutputFolder.MarkerName));
        return updates ? BuildMode.Update : BuildMode.Build;
    }

    /// <summary>site.yml, with --url and --base-url over its url and base_url, and --release over its release.</summary>
    private static Content.Model.SiteSettings ReadSite(BuildOptions options, DiagnosticBag diagnostics)
    {
        var site = SiteSettingsReader.Read(Path.Combine(options.InputRoot, "site.yml"),
            DiagnosticPath.For(Path.Combine(options.InputRoot, "site.yml"), options), diagnostics);
        return CommandLineRelease.Apply(CommandLineAddress.Apply(site, options, diagnostics), options, diagnostics);
    }

    private static BuildResult Result(PhaseOutputs outputs, DiagnosticBag diagnostics, TimeSpan elapsed) => new(diagnostics.Sorted(), elapsed)
    {
        Documents = outputs.Get(SitePipelines.Render, Phase.Process).GroupBy(d => d.Get(SiteKeys.Item).Kind)
            .ToDictionary(g => g.Key, g => g.Count()),
        PagesWritten = outputs.Get(SitePipelines.Pages, Phase.PostProcess).Count(d => d.Destination?.EndsWith(".html",
            StringComparison.Ordinal) == true),
        Printed = [.. Printed(outputs, "briefs/")],
        PrintedMemos = [.. Printed(outputs, "memos/")],
        WordFiles = [.. outputs.Get(SitePipelines.Word, Phase.Output).Select(d => d.Get(SiteKeys.WordFile))],
        Timings = outputs.Timings,
    };

    /// <summary>What --pdf printed into one folder: briefs/ or memos/.</summary>
    private static IEnumerable<Print.PrintedBrief> Printed(PhaseOutputs outputs, string folder) =>
        outputs.Get(SitePipelines.Print, Phase.Output).Where(d => d.Destination?.StartsWith(folder, StringComparison.Ordinal) == true)
            .Select(d => d.Get(SiteKeys.Printed));

    /// <summary>site.yml and the command line's settings; criteria.yml's fingerprint when there is one.</summary>
    private static string SiteKeyOf(BuildOptions options, Content.Criteria.CriteriaDeclaration criteria)
    {
        var path = Path.Combine(options.InputRoot, "site.yml");
        var text = File.Exists(path) ? File.ReadAllText(path) : null;
        var key = options.Url is null ? Fingerprint.Of(options.BaseUrl, text) : Fingerprint.Of(options.BaseUrl, options.Url, text);
        key = options.Release is null ? key : Fingerprint.Of(key, "release", options.Release);
        return criteria == Content.Criteria.BuiltInCriteria.Declaration ? key : Fingerprint.Of(key, "criteria", criteria.Fingerprint);
    }
}
