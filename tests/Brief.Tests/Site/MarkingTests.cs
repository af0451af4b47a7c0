using Brief.Core.Diagnostics;
using Brief.Site;
using Brief.Tests.Support;

namespace Brief.Tests.Site;

/// <summary>
/// Portion marks and banners on the two-level fixture briefing (tests/fixtures/marked-briefing: U and CUI, release CUI):
/// every rule at its exact line and column, the marks kept as written, and each page's banner the highest mark it shows.
/// </summary>
public sealed class MarkingTests
{
    private static readonly string Fixture = Path.Combine(Repo.Fixtures, "marked-briefing");

    private static BuildResult Check(FixtureSite site, string? release = null, bool strict = false) =>
        SiteBuilder.CheckAsync(site.Options() with { Release = release }, strict).GetAwaiter().GetResult();

    [Fact]
    public void The_fixture_builds_clean_and_keeps_the_marks_as_written()
    {
        using var site = FixtureSite.CopyOf(Fixture);

        site.Build().AssertClean();

        var page = site.Page("explainers/cartel/");
        Assert.Equal("(CUI) Cartel logistics", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("main p"), p => p.TextContent.StartsWith("(CUI) The cartel moves money", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("main li"), li => li.TextContent.Trim() == "(U) The first route runs by land.");
    }

    [Fact]
    public void At_release_U_every_CUI_portion_is_an_error_at_its_line_and_column()
    {
        using var site = FixtureSite.CopyOf(Fixture);

        var result = Check(site, release: "U");

        Assert.Equal(
        [
            ("input/explainers/cartel.md", 2, 8, "'title'"), ("input/explainers/cartel.md", 3, 10, "'summary'"),
            ("input/explainers/cartel.md", 8, 1, "paragraph"), ("input/explainers/cartel.md", 11, 3, "list item"),
            ("input/explainers/cartel.md", 13, 3, "table"), ("input/explainers/cartel.md", 17, 3, "block quote"),
            ("input/glossary/lno.md", 5, 1, "paragraph"),
        ], result.Diagnostics.Select(d => (d.File, d.Line, d.Column, d.Message.Split(" is marked")[0]["this ".Length..])));
        Assert.All(result.Diagnostics, d => Assert.Equal((Codes.AboveRelease, Severity.Error), (d.Code, d.Severity)));
        Assert.Equal("this table is marked (CUI), above the release level (U): it may not be published", result.Diagnostics[4].Message);
        Assert.Equal("take it out of this briefing's release, or build for a release that allows it (--release CUI)", result.Diagnostics[4].Hint);
    }

    [Fact]
    public void Release_in_site_yml_is_the_gate_and_the_command_line_overrides_it()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        site.Write("site.yml", File.ReadAllText(Path.Combine(Fixture, "site.yml")).Replace("release: CUI", "release: U"));

        Assert.Equal(7, Check(site).Errors);
        Check(site, release: "CUI").AssertClean();
    }

    [Fact]
    public void An_unknown_mark_is_an_error_with_did_you_mean()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        site.Write("explainers/open.md", "---\ntitle: (U) Open sources\nsummary: (U) Public.\n---\n## (U) Background\n\n(CIU) Press reports.\n");

        var error = Check(site).Single(Codes.UnknownMark);

        Assert.Equal(("input/explainers/open.md", 7, 1), (error.File, error.Line, error.Column));
        Assert.Equal("unknown mark '(CIU)' on this paragraph", error.Message);
        Assert.Equal("did you mean 'CUI'?", error.Hint);
    }

    [Fact]
    public void In_a_marked_document_an_unmarked_portion_is_a_warning_at_its_line_and_strict_makes_it_an_error()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        site.Write("explainers/open.md", "---\ntitle: (U) Open sources\nsummary: Public.\n---\n## (U) Background\n\n(U) Press reports.\n\n"
            + "- (U) One.\n- Two.\n\n> Quoted.\n");

        var result = Check(site);

        Assert.Equal([("input/explainers/open.md", 3, 10), ("input/explainers/open.md", 10, 3), ("input/explainers/open.md", 12, 3)],
            result.Diagnostics.Select(d => (d.File, d.Line, d.Column)));
        Assert.All(result.Diagnostics, d => Assert.Equal((Codes.UnmarkedPortion, Severity.Warning), (d.Code, d.Severity)));
        Assert.Equal("this list item has no portion mark, but the document marks others", result.Diagnostics[1].Message);
        Assert.Equal(0, result.Errors);
        Assert.Equal(3, Check(site, strict: true).Errors);
    }

    [Fact]
    public void A_document_without_any_mark_needs_none()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        site.Write("explainers/open.md", "---\ntitle: Open sources\nsummary: Public.\n---\n## Background\n\nPress reports.\n");

        Check(site).AssertClean();
    }

    [Fact]
    public void Each_page_carries_the_banner_of_the_highest_mark_it_shows()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        site.Build().AssertClean();

        var expected = new Dictionary<string, string>
        {
            ["explainers/cartel/"] = "CUI", // its own portions
            ["explainers/basics/"] = "CUI", // the tooltip of LNO shows its (CUI) definition
            ["explainers/open/"] = "UNCLASSIFIED",
            ["explainers/"] = "CUI", // it lists the cartel's title and summary
            [""] = "CUI", // the home page lists the explainers
            ["glossary/"] = "CUI", // LNO's short definition
            ["glossary/sofa/"] = "UNCLASSIFIED",
            ["options/raid/"] = "UNCLASSIFIED",
            ["sources/analyst/"] = "CUI", // referenced by the cartel explainer, by its title
            ["briefs/read-ahead/"] = "CUI", // holds the cartel explainer
            ["briefs/open/"] = "UNCLASSIFIED",
            ["search/"] = "UNCLASSIFIED", // no mark: the lowest level's banner
            ["404.html"] = "UNCLASSIFIED",
        };
        foreach (var (path, banner) in expected)
        {
            var markings = site.Page(path).QuerySelectorAll(".marking, .cover-marking").Select(m => m.TextContent.Trim()).Distinct();
            Assert.True(markings.SequenceEqual([banner]), $"{path}: {string.Join(", ", markings)}");
        }
        Assert.Contains("@top-right { content: \"CUI\"", File.ReadAllText(Path.Combine(site.Output, "briefs/read-ahead/print.css")),
            StringComparison.Ordinal);
        Assert.Contains("@top-right { content: \"UNCLASSIFIED\"", File.ReadAllText(Path.Combine(site.Output, "briefs/open/print.css")),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raising_a_mark_raises_the_banner_of_every_page_that_shows_it_and_an_incremental_build_equals_a_clean_one()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        var kept = Brief.Site.Incremental.BuildCache.Empty();
        var disk = site.Options() with { CacheFolder = Path.Combine(site.Root, ".brief-cache") };
        var memory = site.Options() with { OutputRoot = Path.Combine(site.Root, "memory"), InPlace = true };
        (await SiteBuilder.BuildAsync(disk)).AssertClean();
        (await SiteBuilder.BuildAsync(memory, kept)).AssertClean();
        Assert.Equal("UNCLASSIFIED", site.Page("explainers/open/").QuerySelector(".marking")!.TextContent.Trim());

        Assert.Equal("UNCLASSIFIED", site.Page("options/raid/").QuerySelector(".marking")!.TextContent.Trim());
        site.Write("explainers/open.md", File.ReadAllText(Path.Combine(Fixture, "explainers/open.md")).Replace("(U) Press", "(CUI) Press"));
        // the raid's body links the SOFA, whose definition its tooltip shows
        site.Write("glossary/sofa.md", File.ReadAllText(Path.Combine(Fixture, "glossary/sofa.md")).Replace("(U) An", "(CUI) An"));
        (await SiteBuilder.BuildAsync(disk)).AssertClean();
        (await SiteBuilder.BuildAsync(memory, kept)).AssertClean();
        var clean = site.Options() with { OutputRoot = Path.Combine(site.Root, "clean") };
        (await SiteBuilder.BuildAsync(clean)).AssertClean();

        Assert.Equal("CUI", site.Page("explainers/open/").QuerySelector(".marking")!.TextContent.Trim());
        Assert.Equal("CUI", site.Page("options/raid/").QuerySelector(".marking")!.TextContent.Trim());
        Assert.Contains("content: \"CUI\"", File.ReadAllText(Path.Combine(site.Output, "briefs/open/print.css")), StringComparison.Ordinal);
        foreach (var other in new[] { site.Output, memory.OutputRoot })
        {
            ReleaseGateTests.AssertSame(ReleaseGateTests.Snapshot(clean.OutputRoot), ReleaseGateTests.Snapshot(other));
        }
    }

    [Fact]
    public void Without_markings_a_mark_is_plain_text_and_the_marking_is_every_banner()
    {
        using var site = FixtureSite.Minimal();
        site.Write("explainers/basics.md", "---\ntitle: (CUI) Basics\nsummary: S.\n---\n## Background\n\n(TEST) Not a mark here. Unmarked.\n");

        site.Build().AssertClean();

        var page = site.Page("explainers/basics/");
        Assert.Equal(["UNCLASSIFIED // TEST"], page.QuerySelectorAll(".marking").Select(m => m.TextContent.Trim()).Distinct());
        Assert.Contains("(TEST) Not a mark here.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_needs_a_release_and_release_must_be_one_of_its_marks()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        site.Write("site.yml", File.ReadAllText(Path.Combine(Fixture, "site.yml")).Replace("release: CUI\n", ""));

        var missing = Check(site).Single(Codes.UnknownRelease);
        Assert.Equal(("input/site.yml", 6, 3), (missing.File, missing.Line, missing.Column));
        Assert.Equal("'markings' is set but 'release' is not: nothing could be written", missing.Message);
        Check(site, release: "U").Diagnostics.Where(d => d.Code != Codes.AboveRelease).ToList().ForEach(d => Assert.Fail(d.ToString()));

        var unknown = Check(site, release: "CIU").Single(Codes.UnknownRelease);
        Assert.Equal(("--release", "--release is 'CIU', not one of the marks in 'markings' (U, CUI)", "did you mean 'CUI'?"),
            (unknown.File, unknown.Message, unknown.Hint));
    }

    [Fact]
    public void Release_on_the_command_line_needs_markings()
    {
        using var site = FixtureSite.Minimal();

        var error = Check(site, release: "U").Single(Codes.UnknownRelease);

        Assert.Equal(("--release", "--release is 'U', but site.yml has no 'markings'"), (error.File, error.Message));
    }
}
