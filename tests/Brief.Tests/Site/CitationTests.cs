using Brief.Core.Diagnostics;
using Brief.Tests.Support;

namespace Brief.Tests.Site;

/// <summary>Citations ([@id]) on a whole fixture site: notes, the Sources cited list, Cited by, the page's sources, print, errors.</summary>
public class CitationTests
{
    private static FixtureSite Cited()
    {
        var site = FixtureSite.Minimal();
        site.Write("sources/reporter.md",
            "---\nkind: person\nname: A Reporter\nrole: Correspondent\nurl: https://example.org/report\n---\nReported.\n");
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: The basics.\nsources: [analyst]\n---\n## Background\n\n" +
            "The cartels grew [@reporter]. Both agree [@analyst; @reporter], as `[@code]` shows.\n\nThe reporter again [@reporter].\n");
        return site;
    }

    [Fact]
    public void Citations_are_numbered_notes_that_link_to_the_sources_cited_list()
    {
        using var site = Cited();
        site.Build().AssertClean();

        var page = site.Page("explainers/basics/");
        var notes = page.QuerySelectorAll(".body sup.citation a").ToList();
        Assert.Equal(["1", "2", "1", "1"], notes.Select(a => a.TextContent));
        Assert.Equal(["Source 1", "Source 2", "Source 1", "Source 1"], notes.Select(a => a.GetAttribute("aria-label")));
        var cited = page.QuerySelector("section.sources-cited")!;
        Assert.Equal("Sources cited", cited.QuerySelector("h2")!.TextContent);
        var entries = cited.QuerySelectorAll("ol > li").ToList();
        Assert.Equal(["cited-1", "cited-2"], entries.Select(li => li.Id));
        Assert.Equal(["A Reporter, Correspondent", "An Analyst, Analyst, Somewhere"], entries.Select(li => li.TextContent));
        foreach (var note in notes)
        {
            Assert.NotNull(page.GetElementById(note.GetAttribute("href")![1..]));
        }
        var targets = entries.Select(li => li.QuerySelector("a")!.GetAttribute("href")!).ToList();
        Assert.Equal(["/sources/reporter/", "/sources/analyst/"], targets);
        Assert.All(targets, url => Assert.True(site.Exists(url.TrimStart('/') + "index.html")));
        Assert.Equal("[@code]", page.QuerySelector(".body code")!.TextContent);
        // placed as a note is: after the full stop, with no space before it
        Assert.Equal("The reporter again.1", page.QuerySelectorAll(".body p")[1].TextContent);
    }

    [Fact]
    public void A_cited_source_lists_the_page_under_cited_by_and_counts_as_its_source()
    {
        using var site = Cited();
        site.Build().AssertClean();

        var source = site.Page("sources/reporter/");
        var citedBy = source.QuerySelector("section.referenced-by")!;
        Assert.Equal("Cited by", citedBy.QuerySelector("h2")!.TextContent);
        Assert.Equal(["/explainers/basics/"], citedBy.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var sources = site.Page("explainers/basics/").QuerySelectorAll("section.sources-used:not(.sources-cited) a").Select(a => a.TextContent);
        Assert.Equal(["An Analyst", "A Reporter"], sources);
    }

    [Fact]
    public void The_home_page_numbers_its_parts_as_one_body_with_one_list()
    {
        using var site = Cited();
        site.Write("index.md", "---\ntitle: Home\n---\n## Bottom line up front\n\nThe bottom line [@analyst].\n\n## More\n\n" +
            "More on the SOFA [@reporter] and [@analyst].\n");
        site.Build().AssertClean();

        var home = site.Page("");
        Assert.Equal(["#cited-1", "#cited-2", "#cited-1"], home.QuerySelectorAll("sup.citation a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["cited-1", "cited-2"], home.QuerySelectorAll("section.sources-cited li").Select(li => li.Id));
    }

    [Fact]
    public void A_timeline_event_numbers_its_own_citations_under_its_own_anchors()
    {
        using var site = Cited();
        site.Write("timeline/strike.md", "---\ntitle: A strike\ndate: 2024-05-01\n---\nIt happened [@reporter].\n");
        site.Build().AssertClean();

        var timeline = site.Page("timeline/");
        Assert.Equal("#strike--cited-1", timeline.QuerySelector("#strike sup.citation a")!.GetAttribute("href"));
        Assert.Equal("/sources/reporter/", timeline.QuerySelector("#strike--cited-1 a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_printed_brief_numbers_citations_with_the_link_notes()
    {
        using var site = Cited();
        site.Write("options/raid.md", File.ReadAllText(Path.Combine(site.Input, "options/raid.md"))
            .Replace("A raid under Title 50.", "A raid under Title 50, see [the statute](https://example.org/t50) [@reporter]."));
        site.Write("briefs/board.yml", "title: Board\nsections:\n  - explainer: basics\n  - option: raid\n  - sources\n");
        site.Build().AssertClean();

        var brief = site.Page("briefs/board/");
        var notes = brief.QuerySelectorAll("sup.link-note a").ToList();
        Assert.Equal(["1", "2", "1", "1", "3", "1"], notes.Select(a => a.TextContent));
        Assert.Equal("Source 2", notes[1].GetAttribute("aria-label"));
        Assert.Equal("Notes", brief.QuerySelector("#links-title")!.TextContent);
        var entries = brief.QuerySelectorAll("#links li").ToList();
        Assert.Equal(["link-note-1", "link-note-2", "link-note-3"], entries.Select(li => li.Id));
        Assert.Equal("A Reporter, Correspondent. https://example.org/report", entries[0].TextContent);
        Assert.Equal("#b-reporter", entries[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("https://example.org/t50", entries[2].TextContent);
        Assert.All(notes, a => Assert.NotNull(brief.GetElementById(a.GetAttribute("href")![1..])));
        Assert.NotNull(brief.GetElementById("b-reporter")); // a cited source is one of the brief's sources
    }

    [Fact]
    public void An_unknown_source_is_an_error_at_its_id_with_a_suggestion()
    {
        using var site = Cited();
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\n---\n## Background\n\nIt grew [@analyst;\n  @reportr].\n");

        var result = site.Build();
        var error = result.Single(Codes.UnknownCitation);

        Assert.Equal((Severity.Error, "input/explainers/basics.md", 8, 3), (error.Severity, error.File, error.Line, error.Column));
        Assert.Equal("unknown source 'reportr' cited", error.Message);
        Assert.Equal("did you mean 'reporter'?", error.Hint);
        Assert.False(site.Exists("explainers/basics/index.html"));
    }

    [Fact]
    public void Citing_a_page_that_is_not_a_source_is_an_error()
    {
        using var site = Cited();
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\n---\nA treaty [@sofa].\n");

        var error = site.Build().Single(Codes.UnknownCitation);

        Assert.Equal(("input/explainers/basics.md", 5, 11), (error.File, error.Line, error.Column));
        Assert.Equal("'sofa' is the term 'SOFA', not a source: only sources can be cited", error.Message);
        Assert.Equal("link to it instead: [SOFA](../glossary/sofa.md)", error.Hint);
    }

    [Fact]
    public void A_malformed_citation_is_an_error_at_its_file_line_and_column()
    {
        using var site = Cited();
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: S.\n---\n\nAs reported [@reporter, p. 3].\n");

        var error = site.Build().Single(Codes.MalformedCitation);

        Assert.Equal(("input/explainers/basics.md", 6, 13), (error.File, error.Line, error.Column));
        Assert.Equal("citation '[@reporter, p. 3]' is not a list of source ids", error.Message);
    }
}
