using Brief.Core.Diagnostics;
using Brief.Site;
using Brief.Tests.Support;

namespace Brief.Tests.Site;

/// <summary>
/// The release gate, tested as the security property it is: a portion marked above the release level, wherever it sits
/// (title, summary, heading, paragraph, list item, table, block quote, a glossary definition shown in another page's
/// tooltip, an explainer a brief holds), is an error at its line and column, and nothing of it reaches any output: the
/// previous site stays byte for byte as it was. Built for the higher release, the same content is published where
/// expected (pages, search index, feed, brief), so each test would fail if the gate let it through.
/// </summary>
public sealed class ReleaseGateTests
{
    public const string Sentinel = "ZEBRA-SENTINEL-7731";

    public const string SiteYml = "title: Test briefing\nas_of: 2025-02-04\nurl: https://briefing.example.org/test/\n"
        + "markings:\n  - { mark: U, banner: UNCLASSIFIED }\n  - { mark: CUI, banner: CUI }\nrelease: U\n";

    /// <summary>An explainer marked (U) throughout: lines 2 title, 3 summary, 7 heading, 9 paragraph.</summary>
    public const string Basics = "---\ntitle: (U) Basics\nsummary: (U) The basics.\nsources: [analyst]\nreviewed: 2025-02-01\n---\n"
        + "## (U) Background\n\n(U) A SOFA matters.\n";

    public static TheoryData<string, string, string, int, int, string, string> Positions() => new()
    {
        { "title", "explainers/basics.md", Basics.Replace("(U) Basics", $"(CUI) Basics {Sentinel}"), 2, 8, "'title'", "feed.xml" },
        { "summary", "explainers/basics.md", Basics.Replace("(U) The basics.", $"(CUI) {Sentinel}."), 3, 10, "'summary'", "explainers/index.html" },
        { "heading", "explainers/basics.md", Basics.Replace("## (U) Background", $"## (CUI) {Sentinel}"), 7, 4, "heading",
            "explainers/basics/index.html" },
        { "paragraph", "explainers/basics.md", Basics + $"\n(CUI) {Sentinel} moves money.\n", 11, 1, "paragraph", "explainers/basics/index.html" },
        { "list item", "explainers/basics.md", Basics + $"\n- (U) One.\n- (CUI) {Sentinel}.\n", 12, 3, "list item", "explainers/basics/index.html" },
        { "table", "explainers/basics.md", Basics + $"\n| (CUI) {Sentinel} | Volume |\n|---|---|\n| (U) Port | high |\n", 11, 3, "table",
            "explainers/basics/index.html" },
        { "block quote", "explainers/basics.md", Basics + $"\n> (CUI) \"{Sentinel},\" the source said.\n", 11, 3, "block quote",
            "explainers/basics/index.html" },
        // the SOFA's definition is the tooltip of "SOFA" on the basics page
        { "glossary definition", "glossary/sofa.md", $"---\nterm: SOFA\nexpansion: Status of Forces Agreement\n---\n(CUI) {Sentinel} agreement.\n",
            5, 1, "paragraph", "explainers/basics/index.html" },
        // held by the brief briefs/read-ahead.yml
        { "explainer held by a brief", "explainers/held.md",
            $"---\ntitle: (U) Held\nsummary: (U) Held.\n---\n## (U) Background\n\n(CUI) {Sentinel}.\n", 7, 1, "paragraph",
            "briefs/read-ahead/index.html" },
    };

    [Theory]
    [MemberData(nameof(Positions))]
    public async Task A_portion_above_the_release_is_an_error_at_its_line_and_nothing_of_it_is_published(string position, string file,
        string text, int line, int column, string noun, string publishedIn)
    {
        using var site = MarkedSite();
        var before = Snapshot(site.Output);

        site.Write(file, text);
        var refused = await SiteBuilder.BuildAsync(Options(site));

        var error = refused.Single(Codes.AboveRelease);
        Assert.Equal(($"input/{file}", line, column), (error.File, error.Line, error.Column));
        Assert.Equal($"this {noun} is marked (CUI), above the release level (U): it may not be published", error.Message);
        Assert.False(refused.Written, position);
        AssertSame(before, Snapshot(site.Output));
        Assert.DoesNotContain(before, f => f.Value.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(Sentinel)) >= 0);

        // built for the release that allows it, the same content is published: the gate is what kept it out
        var released = await SiteBuilder.BuildAsync(Options(site) with { Release = "CUI" });
        Assert.Equal(0, released.Errors);
        Assert.Contains(Sentinel, File.ReadAllText(Path.Combine(site.Output, publishedIn)), StringComparison.Ordinal);
        Assert.Contains(Directory.EnumerateFiles(Path.Combine(site.Output, "search"), "*", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains(Sentinel, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_check_refuses_what_a_build_would_and_writes_nothing()
    {
        using var site = MarkedSite();
        site.Write("explainers/basics.md", Basics + $"\n(CUI) {Sentinel}.\n");

        var checkedResult = await SiteBuilder.CheckAsync(site.Options() with { OutputRoot = Path.Combine(site.Root, "never") });

        Assert.Equal(("input/explainers/basics.md", 11, 1), (checkedResult.Single(Codes.AboveRelease).File,
            checkedResult.Single(Codes.AboveRelease).Line, checkedResult.Single(Codes.AboveRelease).Column));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "never")));
    }

    [Fact]
    public async Task An_incremental_build_after_a_mark_is_raised_is_refused_and_keeps_the_previous_site()
    {
        using var site = MarkedSite();
        var options = Options(site) with { CacheFolder = Path.Combine(site.Root, ".brief-cache") };
        site.Write("explainers/basics.md", Basics + $"\n(U) {Sentinel} moves money.\n");
        Assert.Equal(0, (await SiteBuilder.BuildAsync(options)).Errors);
        var before = Snapshot(site.Output);

        site.Write("explainers/basics.md", Basics + $"\n(CUI) {Sentinel} moves money.\n");
        var refused = await SiteBuilder.BuildAsync(options);

        Assert.Equal(("input/explainers/basics.md", 11, 1), (refused.Single(Codes.AboveRelease).File, refused.Single(Codes.AboveRelease).Line,
            refused.Single(Codes.AboveRelease).Column));
        AssertSame(before, Snapshot(site.Output));
        Assert.DoesNotContain(before, f => f.Value.AsSpan().IndexOf("(CUI) "u8) >= 0);
    }

    [Fact]
    public async Task The_preview_refuses_a_raised_mark_and_keeps_serving_the_pages_it_had()
    {
        using var site = MarkedSite();
        site.Write("explainers/basics.md", Basics + $"\n(U) {Sentinel} moves money.\n");
        using var session = new Brief.Site.Preview.PreviewSession(Options(site) with { OutputRoot = Path.Combine(site.Root, "preview") });
        Assert.Equal(0, (await session.BuildAsync()).Errors);
        var before = Snapshot(session.Folder);

        site.Write("explainers/basics.md", Basics + $"\n(CUI) {Sentinel} moves money.\n");
        var refused = await session.BuildAsync();

        Assert.Equal(("input/explainers/basics.md", 11, 1), (refused.Single(Codes.AboveRelease).File, refused.Single(Codes.AboveRelease).Line,
            refused.Single(Codes.AboveRelease).Column));
        Assert.False(refused.Written);
        AssertSame(before, Snapshot(session.Folder));
        Assert.DoesNotContain(before, f => f.Value.AsSpan().IndexOf("(CUI) "u8) >= 0);
    }

    /// <summary>The minimal fixture, marked: a register with release U, and the basics explainer marked (U), built once.</summary>
    internal static FixtureSite MarkedSite()
    {
        var site = FixtureSite.Minimal();
        site.Write("site.yml", SiteYml).Write("explainers/basics.md", Basics).Write("briefs/read-ahead.yml",
            "title: Read-ahead\nsections:\n  - explainer: held\n  - explainer: basics\n")
            .Write("explainers/held.md", "---\ntitle: (U) Held\nsummary: (U) Held.\n---\n## (U) Background\n\n(U) Nothing yet.\n");
        SiteBuilder.BuildAsync(Options(site)).GetAwaiter().GetResult().AssertClean();
        return site;
    }

    /// <summary>Every output kind: pages, briefs, the search index, the feed and the sitemap (the site has a url).</summary>
    internal static BuildOptions Options(FixtureSite site) => site.Options() with { Search = true };

    internal static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal);

    internal static void AssertSame(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after)
    {
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(after[f.Key]), $"{f.Key} changed"));
    }
}
