using Brief.Core.Diagnostics;
using Brief.Site;
using Brief.Site.Incremental;
using Brief.Tests.Support;

namespace Brief.Tests.Site;

/// <summary>
/// The build cache may only ever save work: after any sequence of edits, a build that reuses what earlier builds
/// made (from the cache folder, or from a cache kept in memory updating its folder in place, as brief serve does) writes
/// exactly the bytes a clean build writes, search index included,, and reports the same diagnostics. Edit sequences are random from fixed seeds
/// (reproducible); set
/// BRIEF_PROPERTY_RUNS for more sequences than CI runs.
/// </summary>
public sealed class IncrementalBuildTests
{
    private static readonly string Fixture = Path.Combine(Repo.Fixtures, "second-briefing");

    public static TheoryData<int> Seeds()
    {
        var runs = int.TryParse(Environment.GetEnvironmentVariable("BRIEF_PROPERTY_RUNS"), out var n) && n > 0 ? n : 6;
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= runs; seed++)
        {
            seeds.Add(seed);
        }
        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task After_any_edits_an_incremental_build_equals_a_clean_build_byte_for_byte(int seed)
    {
        using var site = FixtureSite.CopyOf(Fixture);
        site.Write("memos/decision.md", Memo); // every kind of document, memos too
        using var theme = new TempFolder();
        Site.SafetyTests.CopyDirectory(Repo.Theme, theme.Path);
        var random = new Random(seed);
        var kept = BuildCache.Empty();
        var reused = 0;
        var edits = new List<string>();

        for (var step = 0; step < 8; step++)
        {
            if (step > 0)
            {
                edits.Add(Edit(site, theme.Path, random));
            }
            var fromDisk = await SiteBuilder.BuildAsync(site.Options(theme: theme.Path) with
            {
                Search = true,
                OutputRoot = Path.Combine(site.Root, "disk", "site"),
                CacheFolder = Path.Combine(site.Root, "disk", ".brief-cache"),
            });
            var inMemory = await SiteBuilder.BuildAsync(
                site.Options(theme: theme.Path) with { Search = true, OutputRoot = Path.Combine(site.Root, "memory"), InPlace = true }, kept);
            var cleanRoot = Path.Combine(site.Root, "clean", step.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var clean = await SiteBuilder.BuildAsync(site.Options(theme: theme.Path) with { Search = true, OutputRoot = cleanRoot });

            var context = $"seed {seed}, after: {string.Join("; ", edits)}";
            Assert.True(clean.Diagnostics.SequenceEqual(fromDisk.Diagnostics), context);
            Assert.True(clean.Diagnostics.SequenceEqual(inMemory.Diagnostics), context);
            Assert.Equal((clean.Written, clean.Written), (fromDisk.Written, inMemory.Written));
            if (clean.Written)
            {
                var expected = Path.Combine(site.Root, "clean", step.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.True(File.Exists(Path.Combine(expected, "search", "index.js")), "the search index is part of what is compared");
                AssertSameFiles(expected, Path.Combine(site.Root, "disk", "site"), context);
                AssertSameFiles(expected, Path.Combine(site.Root, "memory"), context);
                reused += fromDisk.PagesReused + inMemory.PagesReused;
            }
        }
        Assert.True(reused > 0, "the cache never saved any work, so this test proved nothing");
    }

    [Fact]
    public async Task An_edit_to_one_body_lays_out_only_the_pages_that_show_it()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        var options = site.Options() with { CacheFolder = Path.Combine(site.Root, ".brief-cache") };
        var first = await SiteBuilder.BuildAsync(options);
        site.Write("timeline/study.md", File.ReadAllText(Path.Combine(site.Input, "timeline/study.md")) + "\nOne more sentence.\n");

        var second = await SiteBuilder.BuildAsync(options);

        // the timeline page and the brief that prints the timeline; nothing else shows an event's body
        Assert.Equal(first.PagesWritten - 2, second.PagesReused);
        Assert.Contains("One more sentence.", site.Page("timeline/").Body!.TextContent);
    }

    [Fact]
    public async Task Editorial_warnings_kept_between_builds_follow_each_edit_of_a_page_and_of_the_glossary()
    {
        using var site = FixtureSite.Minimal();
        var options = site.Options();
        var cache = BuildCache.Empty(); // as brief serve keeps it
        (await SiteBuilder.BuildAsync(options, cache)).AssertClean();

        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: The basics.\n---\nA SOFA matters.\n\nSo does the JTF.\n");
        var warned = (await SiteBuilder.BuildAsync(options, cache)).Single(Codes.UndefinedAcronym);
        Assert.Equal(("input/explainers/basics.md", 7, 13), (warned.File, warned.Line, warned.Column));

        site.Write("glossary/jtf.md", "---\nterm: JTF\nexpansion: Joint Task Force\nshort_definition: A joint command.\n---\nA joint task force.\n");
        Assert.DoesNotContain((await SiteBuilder.BuildAsync(options, cache)).Diagnostics, d => d.Code == Codes.UndefinedAcronym);

        site.Delete("glossary/jtf.md");
        Assert.Equal(7, (await SiteBuilder.BuildAsync(options, cache)).Single(Codes.UndefinedAcronym).Line);
    }

    [Fact]
    public async Task A_link_added_early_in_a_printed_brief_renumbers_the_notes_after_it_when_kept_pieces_are_reused()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        string Read(string path) => File.ReadAllText(Path.Combine(site.Input, path));
        site.Write("timeline/signing.md", Read("timeline/signing.md") + "\nSee [the signing record](https://example.org/signing).\n");
        var cache = BuildCache.Empty(); // as brief serve keeps it, with every piece of the brief
        var options = site.Options() with { InPlace = true };
        (await SiteBuilder.BuildAsync(options, cache)).AssertClean();
        var brief = Path.Combine(site.Output, "briefs", "board", "index.html");
        Assert.Contains("href=\"#link-note-1\"", File.ReadAllText(brief), StringComparison.Ordinal);

        // the explainer comes before the timeline in the brief: its new note is 1, and the signing's becomes 2
        site.Write("explainers/legal/law-of-the-sea.md", Read("explainers/legal/law-of-the-sea.md")
            + "\nAs [a report](https://example.org/report) puts it.\n");
        (await SiteBuilder.BuildAsync(options, cache)).AssertClean();

        using var clean = new TempFolder();
        (await SiteBuilder.BuildAsync(site.Options() with { OutputRoot = clean.Path })).AssertClean();
        var expected = File.ReadAllText(Path.Combine(clean.Path, "briefs", "board", "index.html"));
        Assert.Contains("https://example.org/signing", expected, StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(brief));
    }

    [Fact]
    public async Task A_page_edited_by_hand_in_the_output_is_laid_out_again_not_trusted()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        var options = site.Options() with { CacheFolder = Path.Combine(site.Root, ".brief-cache") };
        await SiteBuilder.BuildAsync(options);
        var page = Path.Combine(site.Output, "glossary", "eez", "index.html");
        var original = File.ReadAllText(page);
        File.WriteAllText(page, "tampered");

        await SiteBuilder.BuildAsync(options);

        Assert.Equal(original, File.ReadAllText(page));
    }

    /// <summary>A decision memo on the fixture's options, citing a source, with a dissent in its clearance.</summary>
    private const string Memo = """
        ---
        title: Decision on cable patrols
        to: The board
        from: Staff
        date: 2025-02-03
        decision_by: 2025-02-14
        recommendation: patrols
        options: [patrols, hardening]
        clearance:
          - { office: Legal, position: concur }
          - { office: Operations, position: nonconcur, note: Patrols cost too much. }
        ---
        ## Bottom line up front

        Approve the patrols, as the analyst advises [@analyst].

        ## Discussion

        Patrols protect the EEZ.
        """;

    private static string Edit(FixtureSite site, string theme, Random random)
    {
        string Read(string path) => File.ReadAllText(Path.Combine(site.Input, path));
        var bodies = new[]
        {
            "explainers/attribution.md", "explainers/legal/law-of-the-sea.md", "options/patrols.md", "options/hardening.md", "timeline/repair.md",
            "sources/analyst.md", "memos/decision.md",
        };
        var mended = "";
        foreach (var broken in bodies.Where(b => Read(b).Contains("(missing-", StringComparison.Ordinal)))
        {
            site.Write(broken, string.Join('\n', Read(broken).Split('\n').Where(line => !line.Contains("(missing-", StringComparison.Ordinal))));
            mended = $"mended the link in {broken}, then ";
        }
        var body = bodies[random.Next(bodies.Length)];
        var n = random.Next(1000);
        return mended + Change(site, theme, random, body, n, Read);
    }

    private static string Change(FixtureSite site, string theme, Random random, string body, int n, Func<string, string> read)
    {
        switch (random.Next(10))
        {
            case 0:
                site.Write(body, read(body) + $"\nEdit {n}: the EEZ and UNCLOS matter here.\n");
                return $"appended a paragraph with terms to {body}";
            case 1:
                site.Write(body, read(body) + $"\n## Added heading {n}\n\nText under it.\n");
                return $"added a heading to {body}";
            case 2:
                site.Write(body, read(body).Replace("title: ", $"title: Renamed {n} ", StringComparison.Ordinal));
                return $"renamed {body}";
            case 3:
                site.Write($"explainers/new-{n}.md", $"---\ntitle: New page {n}\nsummary: Added in an edit.\n---\nSee " +
                    "[attribution](attribution.md) and the [patrols](../options/patrols.md#what-it-is). ROV crews.\n");
                return $"added explainers/new-{n}.md";
            case 4:
                site.Write("glossary/eez.md", read("glossary/eez.md")
                    .Replace("controls resources", $"controls resources ({n})", StringComparison.Ordinal));
                return "changed the EEZ definition";
            case 5:
                site.Write("site.yml", read("site.yml") + $"\n# edit {n}\n");
                var settings = read("site.yml");
                site.Write("site.yml", System.Text.RegularExpressions.Regex.Replace(settings, "(?m)^title: .*$", $"title: Cables {n}"));
                return "retitled the site";
            case 6:
                var footer = Path.Combine(theme, "partials", "footer.html");
                File.WriteAllText(footer, File.ReadAllText(footer) + $"<!-- {n} -->");
                return "edited a theme partial";
            case 7:
                site.Write(body, read(body) + $"\nA link to [a missing page](missing-{n}.md).\n");
                return $"broke a link in {body}";
            case 8:
                // a printed brief numbers its link and citation notes in reading order: every document after this one moves; a
                // citation also changes the page's sources and the cited source's "Cited by"
                var cite = (n % 3) switch { 0 => "", 1 => " [@treaty-text]", _ => " [@analyst; @treaty-text]" };
                site.Write(body, read(body) + $"\nAs [a report](https://example.org/report-{n}) on the EEZ puts it{cite}.\n");
                return $"added an external link{(cite.Length > 0 ? " and a citation" : "")} to {body}";
            default:
                var added = Directory.EnumerateFiles(Path.Combine(site.Input, "explainers"), "new-*.md").Order(StringComparer.Ordinal)
                    .FirstOrDefault();
                if (added is null)
                {
                    site.Write(body, read(body) + "\nRepair ships and an ROV.\n");
                    return $"appended terms to {body}";
                }
                File.Delete(added);
                return $"deleted {Path.GetFileName(added)}";
        }
    }

    internal static void AssertSameFiles(string expected, string actual, string context)
    {
        static string[] Files(string root) =>
            [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f))
                .Order(StringComparer.Ordinal)];
        Assert.Equal(Files(expected), Files(actual));
        foreach (var file in Files(expected))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))),
                $"{file} differs; {context}");
        }
    }
}
