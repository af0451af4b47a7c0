using Brief.Core.Diagnostics;
using Brief.Tests.Support;

namespace Brief.Tests.Site;

/// <summary>Every error the contract names, on a small fixture site: code, file, line and column, and nothing written.</summary>
public class ContentErrorTests
{
    [Fact]
    public void The_minimal_fixture_is_clean()
    {
        using var site = FixtureSite.Minimal();
        site.Build().AssertClean();
        Assert.True(site.Exists("options/raid/index.html"));
    }

    [Fact]
    public void A_duplicate_id_names_both_files()
    {
        using var site = FixtureSite.Minimal();
        site.Write("explainers/sofa.md", "---\ntitle: SOFA explained\nsummary: S.\n---\nText.\n");

        var error = site.Build().Single(Codes.DuplicateId);

        Assert.Equal("input/glossary/sofa.md", error.File);
        Assert.Contains("input/explainers/sofa.md", error.Message);
    }

    [Fact]
    public void An_unknown_source_id_is_an_error_at_its_line_with_a_suggestion()
    {
        using var site = FixtureSite.Minimal();
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\nsources:\n  - analyst\n  - analist\n---\nText.\n");

        var error = site.Build().Single(Codes.UnknownSource);

        Assert.Equal(("input/explainers/basics.md", 6, 5), (error.File, error.Line, error.Column));
        Assert.Equal("unknown source 'analist'", error.Message);
        Assert.Equal("did you mean 'analyst'?", error.Hint);
    }

    [Fact]
    public void An_unknown_authority_is_an_error()
    {
        using var site = FixtureSite.Minimal();
        site.Write("options/raid.md", File.ReadAllText(Path.Combine(site.Input, "options/raid.md")).Replace("[title-50]", "[title-5O]"));

        var error = site.Build().Single(Codes.UnknownAuthority);

        Assert.Equal(("input/options/raid.md", 4, 15), (error.File, error.Line, error.Column));
        Assert.Equal("did you mean 'title-50'?", error.Hint);
    }

    [Fact]
    public void A_broken_link_is_an_error_with_line_and_column()
    {
        using var site = FixtureSite.Minimal();
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\n---\n## Background\n\nSee the [raid](../options/riad.md) option.\n");

        var error = site.Build().Single(Codes.BrokenLink);

        Assert.Equal(("input/explainers/basics.md", 7, 9), (error.File, error.Line, error.Column));
        Assert.Contains("options/riad.md", error.Message);
        Assert.Equal("did you mean 'options/raid.md'?", error.Hint);
    }

    [Fact]
    public void A_link_to_a_missing_anchor_is_an_error()
    {
        using var site = FixtureSite.Minimal();
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\n---\nSee [it](../options/raid.md#what-it-was).\n");

        var error = site.Build().Single(Codes.BrokenAnchor);

        Assert.Equal(("input/explainers/basics.md", 5, 5), (error.File, error.Line, error.Column));
        Assert.Equal("did you mean 'what-it-is'?", error.Hint);
    }

    [Fact]
    public void A_missing_asset_is_an_error_and_a_present_one_is_published()
    {
        using var site = FixtureSite.Minimal();
        site.WriteBytes("assets/maps/border.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>"u8.ToArray());
        site.Write("explainers/basics.md",
            "---\ntitle: Basics\nsummary: S.\n---\n![Border](../assets/maps/border.svg)\n\n![Strait](../assets/strait.svg)\n");

        var error = site.Build().Single(Codes.MissingAsset);
        Assert.Equal(("input/explainers/basics.md", 7, 1), (error.File, error.Line, error.Column));

        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\n---\n![Border](../assets/maps/border.svg)\n");
        site.Build().AssertClean();
        Assert.True(site.Exists("assets/maps/border.svg"));
        Assert.Equal("/assets/maps/border.svg", site.Page("explainers/basics/").QuerySelector(".body img")!.GetAttribute("src"));
    }

    [Fact]
    public void A_link_that_climbs_out_of_the_input_folder_is_an_error()
    {
        using var site = FixtureSite.Minimal();
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\n---\n[secret](../../../etc/passwd.md)\n");

        Assert.Contains("outside the input folder", site.Build().Single(Codes.BrokenLink).Message);
    }

    [Fact]
    public void A_manifest_naming_a_missing_option_is_an_error()
    {
        using var site = FixtureSite.Minimal();
        site.Write("briefs/short.yml", "title: Short\nsections:\n  - bluf\n  - option: riad\n");

        var error = site.Build().Single(Codes.BadManifest);

        Assert.Equal(("input/briefs/short.yml", 4, 5), (error.File, error.Line, error.Column));
        Assert.Equal("did you mean 'raid'?", error.Hint);
    }

    [Fact]
    public void Two_terms_claiming_the_same_words_is_an_error()
    {
        using var site = FixtureSite.Minimal();
        site.Write("glossary/sofa-2.md", "---\nterm: Status Agreement\naliases: [status of forces agreement]\n---\nDup.\n");

        var error = site.Build().Single(Codes.TermConflict);

        // files are read in path order, so the later file's claim is the one reported
        Assert.Equal(("input/glossary/sofa.md", 4), (error.File, error.Line));
        Assert.Contains("input/glossary/sofa-2.md", error.Message);
    }

    [Fact]
    public void A_missing_site_file_is_an_error()
    {
        using var site = FixtureSite.Minimal();
        site.Delete("site.yml");

        Assert.Equal("input/site.yml", site.Build().Single(Codes.MissingSiteFile).File);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_naming_the_file_and_line()
    {
        using var site = FixtureSite.Minimal();
        site.WriteBytes("explainers/latin1.md", [.. "---\ntitle: Se\u00f1or\nsummary: S.\n---\nL\u00ednea\n"u8.ToArray()[..30], 0xF1, (byte)'\n']);

        var error = site.Build().Single(Codes.InvalidUtf8);

        Assert.Equal("input/explainers/latin1.md", error.File);
        Assert.True(error.Line >= 1);
    }

    [Fact]
    public void Every_error_is_collected_in_one_run_and_nothing_is_written()
    {
        using var site = FixtureSite.Minimal();
        site.Write("options/raid.md", File.ReadAllText(Path.Combine(site.Input, "options/raid.md")).Replace("congress: notify", "congress: maybe")
            .Replace("duration: one-off", "duration: forever"));
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\nsources: [nobody]\n---\n[x](missing.md)\n");

        var result = site.Build();

        Assert.Equal([Codes.UnknownSource, Codes.BrokenLink, Codes.InvalidValue, Codes.InvalidValue], result.Diagnostics.Select(d => d.Code));
        Assert.False(result.Written);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_untouched()
    {
        using var site = FixtureSite.Minimal();
        site.Build().AssertClean();
        var before = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        site.Write("index.md", "---\ntitle: Home\n---\n[broken](nowhere.md)\n");

        var result = site.Build();

        Assert.Equal(1, result.Errors);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.DoesNotContain(Directory.GetDirectories(site.Root), d => Path.GetFileName(d).StartsWith("site.", StringComparison.Ordinal));
    }

    [Fact]
    public void Strict_makes_warnings_errors()
    {
        using var site = FixtureSite.Minimal();
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\nauthor: me\n---\nText.\n");

        var relaxed = site.Build();
        Assert.Equal((0, 1), (relaxed.Errors, relaxed.Warnings));
        Assert.True(relaxed.Written);

        var strict = site.Build(strict: true);
        Assert.Equal((1, 0), (strict.Errors, strict.Warnings));
        Assert.Equal(Severity.Error, strict.Single(Codes.UnknownField).Severity);
        Assert.False(strict.Written);
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for_and_links_to_them_explain_why()
    {
        using var site = FixtureSite.Minimal();
        site.Write("explainers/later.md", "---\ntitle: Later\nsummary: S.\ndraft: true\n---\nText.\n");

        site.Build().AssertClean();
        Assert.False(site.Exists("explainers/later/index.html"));
        site.Build(drafts: true).AssertClean();
        Assert.True(site.Exists("explainers/later/index.html"));

        site.Write("index.md", "---\ntitle: Home\n---\nSee [later](explainers/later.md).\n");
        Assert.Contains("draft", site.Build().Single(Codes.BrokenLink).Message);
    }

    [Fact]
    public void A_page_over_a_mebibyte_is_written_whole()
    {
        using var site = FixtureSite.Minimal();
        var paragraphs = string.Join("\n\n", Enumerable.Range(0, 6000)
            .Select(i => $"Paragraph {i} about a SOFA and the rest of a long, long explainer text."));
        site.Write("explainers/long.md", $"---\ntitle: Long\nsummary: S.\n---\n{paragraphs}\n\nThe last paragraph.\n");

        site.Build().AssertClean();

        var html = File.ReadAllText(Path.Combine(site.Output, "explainers/long/index.html"));
        Assert.True(html.Length > 1_100_000, $"only {html.Length} characters");
        Assert.Contains("The last paragraph.", html);
        Assert.EndsWith("</html>", html.TrimEnd());
    }

    [Fact]
    public void A_check_reports_the_same_errors_and_writes_nothing()
    {
        using var site = FixtureSite.Minimal();
        site.Write("index.md", "---\ntitle: Home\n---\n[broken](nowhere.md)\n");

        var result = site.Check();

        Assert.Equal(4, result.Single(Codes.BrokenLink).Line);
        Assert.False(Directory.Exists(site.Output));
    }
}
