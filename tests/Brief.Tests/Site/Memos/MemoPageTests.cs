using AngleSharp.Dom;
using Brief.Core.Diagnostics;
using Brief.Site;
using Brief.Tests.Support;

namespace Brief.Tests.Site.Memos;

/// <summary>A decision memo's page, the memo index and navigation, as a reader sees them.</summary>
public class MemoPageTests
{
    private static IElement Memo(FixtureSite site) => site.Page("memos/raid-decision/").QuerySelector("article.memo")!;

    [Fact]
    public void The_header_block_names_to_from_date_subject_and_the_decision_date()
    {
        using var site = MemoFixture.Site();
        site.Build().AssertClean();

        var lines = Memo(site).QuerySelectorAll(".memo-lines > div")
            .ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal("The National Security Advisor", lines["To"]);
        Assert.Equal("Briefing staff", lines["From"]);
        Assert.Equal("3 February 2025", lines["Date"]);
        Assert.Equal("Decision on the raid", lines["Subject"]);
        Assert.Equal("14 February 2025", lines["Decision needed by"]);
        Assert.Equal("2025-02-14", Memo(site).QuerySelector(".memo-deadline time")!.GetAttribute("datetime"));
        Assert.Equal("Decision on the raid", site.Page("memos/raid-decision/").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void The_body_comes_first_then_the_recommendation_with_approve_disapprove_and_date_lines()
    {
        using var site = MemoFixture.Site();
        site.Build().AssertClean();
        var memo = Memo(site);

        Assert.Equal("Bottom line up front", memo.QuerySelector(".memo-body h2")!.TextContent.Trim());
        var recommendation = memo.QuerySelector(".memo-recommendation")!;
        Assert.Equal("/options/raid/", recommendation.QuerySelector(".recommended-option a")!.GetAttribute("href"));
        Assert.Equal(["Approve", "Disapprove", "Date"],
            recommendation.QuerySelectorAll(".decision-lines .decision-label").Select(l => l.TextContent));
        Assert.Equal(3, recommendation.QuerySelectorAll(".decision-lines .decision-line").Length);
        Assert.True(memo.QuerySelector(".memo-body")!.CompareDocumentPosition(recommendation).HasFlag(DocumentPositions.Following));
    }

    [Fact]
    public void The_options_considered_come_from_their_cards_with_the_recommended_one_marked_in_words()
    {
        using var site = MemoFixture.Site(t => t.Replace("options: [raid]", "options: [raid, strike]"));
        site.Write("options/strike.md", File.ReadAllText(Path.Combine(site.Input, "options/raid.md"))
            .Replace("title: Raid", "title: Strike").Replace("summary: A raid.", "summary: A strike from the air."));
        site.Build().AssertClean();

        var options = Memo(site).QuerySelectorAll(".memo-option").ToList();
        Assert.Equal(["Raid", "Strike"], options.Select(o => o.QuerySelector("h3 a")!.TextContent));
        Assert.Equal("A strike from the air.", options[1].QuerySelector("p")!.TextContent);
        Assert.Equal("Recommended", options[0].QuerySelector(".recommended-tag")!.TextContent);
        Assert.Null(options[1].QuerySelector(".recommended-tag"));
        var fields = options[0].QuerySelectorAll(".badges li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(fields, f => f.StartsWith("Risk to forces:", StringComparison.Ordinal) && f.Contains("High", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_an_options_list_every_option_is_considered()
    {
        using var site = MemoFixture.Site(t => t.Replace("options: [raid]\n", ""));
        site.Build().AssertClean();

        Assert.Equal(["Raid"], Memo(site).QuerySelectorAll(".memo-option h3 a").Select(a => a.TextContent));
    }

    [Fact]
    public void The_clearance_table_marks_dissent_in_words_not_by_colour_alone()
    {
        using var site = MemoFixture.Site();
        site.Build().AssertClean();
        var clearance = Memo(site).QuerySelector(".memo-clearance")!;

        var rows = clearance.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(["Legal adviser", "Department of State", "Department of Defense"], rows.Select(r => r.QuerySelector("th")!.TextContent));
        Assert.Equal("Concur", rows[0].QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal("Dissent: Nonconcur", rows[1].QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal("Mexico would object to a raid.", rows[1].QuerySelectorAll("td")[1].TextContent);
        Assert.Equal("Pending", rows[2].QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Contains("1 of 3 offices do not concur", clearance.QuerySelector(".dissent-summary")!.TextContent);
        Assert.Equal(["Office", "Position", "Note"], clearance.QuerySelectorAll("thead th").Select(h => h.TextContent));
    }

    [Fact]
    public void Front_matter_text_is_escaped()
    {
        using var site = MemoFixture.Site(t => t.Replace("from: Briefing staff", "from: \"<script>alert(1)</script> staff\"")
            .Replace("note: No new authority needed.", "note: \"<b>bold</b>\""));
        site.Build().AssertClean();

        var memo = Memo(site);
        Assert.Empty(memo.QuerySelectorAll("script, .memo-clearance b"));
        Assert.Contains("<script>alert(1)</script> staff", memo.QuerySelector(".memo-lines")!.TextContent);
        Assert.Contains("<b>bold</b>", memo.QuerySelector(".memo-clearance")!.TextContent);
    }

    [Fact]
    public void Citations_are_numbered_notes_to_the_sources_cited_and_the_source_lists_the_memo()
    {
        using var site = MemoFixture.Site();
        site.Build().AssertClean();

        var cited = Memo(site).QuerySelectorAll(".sources-cited li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/sources/analyst/"], cited);
        Assert.Contains(site.Page("sources/analyst/").QuerySelectorAll("a"), a => a.GetAttribute("href") == "/memos/raid-decision/");
    }

    [Fact]
    public void The_memo_index_lists_memos_and_the_nav_has_memos_only_when_there_are_some()
    {
        using var site = MemoFixture.Site();
        site.Build().AssertClean();

        var index = site.Page("memos/");
        Assert.Equal("/memos/raid-decision/", index.QuerySelector(".cards h2 a")!.GetAttribute("href"));
        Assert.Contains("Recommends: Raid", index.QuerySelector(".cards")!.TextContent);
        Assert.Contains(site.Page("").QuerySelectorAll("nav[aria-label=Main] a"), a => a.TextContent == "Memos"
            && a.GetAttribute("href") == "/memos/");
        Assert.Equal("page", index.QuerySelector("nav[aria-label=Main] a[href='/memos/']")!.GetAttribute("aria-current"));

        using var without = FixtureSite.Minimal();
        without.Build().AssertClean();
        Assert.DoesNotContain(without.Page("").QuerySelectorAll("nav[aria-label=Main] a"), a => a.TextContent == "Memos");
        Assert.False(without.Exists("memos/index.html"));
    }

    [Fact]
    public async Task A_memo_is_found_by_search_as_a_memo()
    {
        using var site = MemoFixture.Site();
        (await SiteBuilder.BuildAsync(site.Options() with { Search = true })).AssertClean();

        var index = File.ReadAllText(Path.Combine(site.Output, "search", "index.js"));
        Assert.Contains("\"Memo\"]", index, StringComparison.Ordinal);
        var fragments = Directory.EnumerateFiles(Path.Combine(site.Output, "search", "f")).Select(File.ReadAllText).ToList();
        Assert.Contains(fragments, f => f.Contains("memos/raid-decision/", StringComparison.Ordinal)
            && f.Contains("\"Memo\"", StringComparison.Ordinal));

        using var without = FixtureSite.Minimal();
        (await SiteBuilder.BuildAsync(without.Options() with { Search = true })).AssertClean();
        Assert.DoesNotContain("Memo", File.ReadAllText(Path.Combine(without.Output, "search", "index.js")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_memo_carries_the_banner_of_its_highest_mark_and_a_note_above_the_release_is_gated()
    {
        using var site = MemoFixture.Site(t => t.Replace("title: Decision on the raid", "title: (U) Decision on the raid"));
        site.Write("site.yml", ReleaseGateTests.SiteYml);
        site.Build();
        Assert.Equal("UNCLASSIFIED", site.Page("memos/raid-decision/").QuerySelector(".site-header .marking")!.TextContent);

        site.Write(MemoFixture.Path, MemoFixture.Text.Replace("note: Mexico would object to a raid.", "note: \"(CUI) Mexico would object.\""));
        var error = site.Build().Single(Codes.AboveRelease);
        Assert.Equal(("input/" + MemoFixture.Path, 15), (error.File, error.Line));
        Assert.Equal("this clearance note is marked (CUI), above the release level (U): it may not be published", error.Message);
    }
}
