using System.Text.Json;
using Brief.Tests.Support;

namespace Brief.Tests.Cli;

/// <summary>The `brief` command as users run it: defaults from the folder it runs in, exit codes, diagnostic formats.</summary>
public class CommandLineTests
{
    private static FixtureSite WithTheme(FixtureSite site)
    {
        Site.SafetyTests.CopyDirectory(Repo.Theme, Path.Combine(site.Root, "theme"));
        return site;
    }

    [Fact]
    public void Build_uses_the_default_folders_and_ends_with_a_summary_line()
    {
        using var site = WithTheme(FixtureSite.Minimal());

        var run = BriefProcess.Start(site.Root, "build", "--no-search");

        Assert.Equal(0, run.ExitCode);
        Assert.True(site.Exists("index.html"));
        var summary = run.Err.Trim().Split('\n').Last();
        Assert.Matches(@"^brief: built \d+ pages into site \(1 explainer, 1 home, 1 option, 1 source, 2 terms\); 0 errors, 0 warnings in " +
            @"\d+\.\d\d s$", summary);
    }

    [Fact]
    public void A_build_makes_its_search_index_itself_with_no_tool_to_install_and_no_search_leaves_the_lists()
    {
        using var site = WithTheme(FixtureSite.Minimal());

        var run = BriefProcess.Start(site.Root, "build");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(" 0 errors, 0 warnings", run.Err);
        Assert.True(site.Exists("search/index.js"));
        var form = site.Page("search/").QuerySelector("form#search")!;
        Assert.Equal("/search/", form.GetAttribute("data-index"));
        Assert.Matches("^[0-9A-F]{16}$", form.GetAttribute("data-version"));

        var without = BriefProcess.Start(site.Root, "build", "--no-search");

        Assert.Equal(0, without.ExitCode);
        Assert.False(site.Exists("search/index.js"));
        var page = site.Page("search/");
        Assert.Null(page.QuerySelector("script[src*=search], #search"));
        Assert.Equal("/glossary/", page.QuerySelector(".search-fallback a")!.GetAttribute("href"));
    }

    [Fact]
    public void New_writes_a_file_says_where_and_refuses_to_overwrite_it()
    {
        using var site = FixtureSite.Minimal();

        var first = BriefProcess.Start(site.Root, "new", "option", "Naval blockade");
        var again = BriefProcess.Start(site.Root, "new", "option", "Naval blockade");

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("brief: wrote input/options/naval-blockade.md", first.Err, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Input, "options", "naval-blockade.md")));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("input/options/naval-blockade.md already exists; brief new never overwrites", again.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void New_memo_writes_a_decision_memo_into_memos()
    {
        using var site = FixtureSite.Minimal();

        var run = BriefProcess.Start(site.Root, "new", "memo", "Decision on the raid");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("brief: wrote input/memos/decision-on-the-raid.md", run.Err, StringComparison.Ordinal);
        Assert.Contains("recommendation:", File.ReadAllText(Path.Combine(site.Input, "memos", "decision-on-the-raid.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_prints_file_line_col_diagnostics_exits_1_and_writes_nothing()
    {
        using var site = WithTheme(FixtureSite.Minimal());
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\nsources: [nobody]\n---\nSee [x](gone.md).\n");

        var run = BriefProcess.Start(site.Root, "check");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("input/explainers/basics.md:4:11: error BRF009: unknown source 'nobody' (hint: sources are the ids of files in sources/)",
            lines[0]);
        Assert.StartsWith("input/explainers/basics.md:6:5: error BRF012: link 'gone.md' points to a missing file", lines[1]);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Release_checks_and_builds_for_another_release_than_site_yml_names()
    {
        using var site = WithTheme(FixtureSite.CopyOf(Path.Combine(Repo.Fixtures, "marked-briefing")));

        var refused = BriefProcess.Start(site.Root, "check", "--release", "U");
        var built = BriefProcess.Start(site.Root, "build", "--no-search", "--release", "CUI");

        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("input/explainers/cartel.md:2:8: error BRF064: this 'title' is marked (CUI), above the release level (U)",
            refused.Err.Split('\n')[0]);
        Assert.Equal(0, built.ExitCode);
        Assert.True(site.Exists("explainers/cartel/index.html"));
    }

    [Fact]
    public void Github_format_adds_workflow_annotations()
    {
        using var site = WithTheme(FixtureSite.Minimal());
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\nauthor: x\n---\nText.\n");

        var run = BriefProcess.Start(site.Root, "check", "--format", "github");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("::warning file=input/explainers/basics.md,line=4,col=1,title=BRF015::unknown field 'author'; it is ignored", run.Out);
    }

    [Fact]
    public void Github_format_annotates_estimative_language_warnings_at_the_word()
    {
        using var site = WithTheme(FixtureSite.Minimal());
        site.Write("site.yml", "title: Test briefing\nstandards: [icd203]\n");
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\n---\nWe judge with high confidence that it is likely.\n");

        var run = BriefProcess.Start(site.Root, "check", "--format", "github");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("::warning file=input/explainers/basics.md,line=5,col=42,title=BRF076::'likely' and 'high confidence' in one sentence",
            run.Out);
    }

    [Fact]
    public void Json_format_is_machine_readable()
    {
        using var site = WithTheme(FixtureSite.Minimal());
        site.Write("index.md", "---\ntitle: Home\n---\n[x](gone.md)\n");

        var run = BriefProcess.Start(site.Root, "check", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal(("BRF012", "input/index.md", 4, 1), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("file").GetString(),
            diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        // a check writes nothing, so its page count is the pages a build would write, not "pages written"
        Assert.False(summary.GetProperty("written").GetBoolean());
        Assert.True(summary.GetProperty("pages").TryGetProperty("pages", out _));
        Assert.False(summary.GetProperty("pages").TryGetProperty("pages written", out _));
    }

    [Fact]
    public void A_missing_input_folder_or_an_unknown_option_is_bad_usage()
    {
        using var site = WithTheme(FixtureSite.Minimal());

        Assert.Equal(2, BriefProcess.Start(site.Root, "build", "--input", "nowhere").ExitCode);
        Assert.Equal(2, BriefProcess.Start(site.Root, "check", "--frobnicate").ExitCode);
    }

    [Fact]
    public void Base_url_and_strict_are_honoured()
    {
        using var site = WithTheme(FixtureSite.Minimal());
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\nauthor: x\n---\nText.\n");

        Assert.Equal(1, BriefProcess.Start(site.Root, "build", "--strict").ExitCode);
        Assert.Equal(0, BriefProcess.Start(site.Root, "build", "--base-url", "/sub/path").ExitCode);
        Assert.Equal("/sub/path/theme/style.css", site.Page("").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }
}
