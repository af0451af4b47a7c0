using Brief.Core.Diagnostics;
using Brief.Tests.Support;

namespace Brief.Tests.Site.Memos;

/// <summary>Each memo diagnostic (BRF090–BRF096 but the printed length, which the printed memo tests check): code, message, file and line.</summary>
public class MemoErrorTests
{
    private const string File = "input/" + MemoFixture.Path;

    [Fact]
    public void The_memo_fixture_is_clean_and_its_page_is_written()
    {
        using var site = MemoFixture.Site();
        site.Build().AssertClean();
        Assert.True(site.Exists("memos/raid-decision/index.html"));
        Assert.True(site.Exists("memos/index.html"));
    }

    [Fact]
    public void An_unknown_recommendation_is_an_error_with_the_nearest_option()
    {
        using var site = MemoFixture.Site(t => t.Replace("recommendation: raid", "recommendation: riad"));

        var error = site.Build().Single(Codes.UnknownRecommendation);

        Assert.Equal((File, MemoFixture.RecommendationLine, 17), (error.File, error.Line, error.Column));
        Assert.Equal("unknown option 'riad' recommended", error.Message);
        Assert.Equal("did you mean 'raid'?", error.Hint);
        Assert.False(site.Exists("memos/raid-decision/index.html"));
    }

    [Fact]
    public void An_unknown_option_considered_is_an_error_with_the_nearest_option()
    {
        using var site = MemoFixture.Site(t => t.Replace("options: [raid]", "options: [raid, raids]"));

        var error = site.Build().Single(Codes.UnknownMemoOption);

        Assert.Equal((File, MemoFixture.OptionsLine, 17), (error.File, error.Line, error.Column));
        Assert.Equal("unknown option 'raids'", error.Message);
        Assert.Equal("did you mean 'raid'?", error.Hint);
    }

    [Fact]
    public void A_recommendation_not_among_the_options_considered_is_an_error()
    {
        using var site = MemoFixture.Site(t => t.Replace("options: [raid]", "options: []"));
        site.Write("options/strike.md", System.IO.File.ReadAllText(Path.Combine(site.Input, "options/raid.md")).Replace("title: Raid",
            "title: Strike"));
        site.Write(MemoFixture.Path, MemoFixture.Text.Replace("options: [raid]", "options: [strike]"));

        var error = site.Build().Single(Codes.RecommendationNotConsidered);

        Assert.Equal((File, MemoFixture.RecommendationLine), (error.File, error.Line));
        Assert.Equal("the memo recommends 'raid' but does not consider it", error.Message);
        Assert.Contains("add 'raid' to the memo's options", error.Hint);
    }

    [Fact]
    public void A_decision_needed_in_fewer_than_five_business_days_is_a_warning()
    {
        // Monday 3 February to Friday 7 February: four business days
        using var site = MemoFixture.Site(t => t.Replace("decision_by: 2025-02-14", "decision_by: 2025-02-07"));

        var result = site.Build();
        var warning = result.Single(Codes.ShortDecisionWindow);

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((File, MemoFixture.DecisionByLine, 14), (warning.File, warning.Line, warning.Column));
        Assert.Equal("decision_by 2025-02-07 leaves 4 business days after the memo's date 2025-02-03, fewer than 5", warning.Message);
        Assert.True(site.Exists("memos/raid-decision/index.html"));
    }

    [Fact]
    public void A_decision_date_before_the_memo_is_a_warning_too()
    {
        using var site = MemoFixture.Site(t => t.Replace("decision_by: 2025-02-14", "decision_by: 2025-01-31"));

        var warning = site.Build().Single(Codes.ShortDecisionWindow);

        Assert.Equal("decision_by 2025-01-31 is before the memo's date 2025-02-03, fewer than 5", warning.Message);
    }

    [Fact]
    public void Five_business_days_over_a_weekend_are_enough()
    {
        using var site = MemoFixture.Site(t => t.Replace("decision_by: 2025-02-14", "decision_by: 2025-02-10"));
        site.Build().AssertClean();
    }

    [Fact]
    public void A_bottom_line_over_80_words_is_a_warning_at_its_first_line()
    {
        var long81 = string.Join(' ', Enumerable.Repeat("word", 81));
        using var site = MemoFixture.Site(t => t.Replace("Approve the raid. It is the staff's recommendation.", long81));

        var warning = site.Build().Single(Codes.LongBluf);

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((File, MemoFixture.BlufLine), (warning.File, warning.Line));
        Assert.Equal("the bottom line up front has 81 words, over 80", warning.Message);
    }

    [Fact]
    public void A_bottom_line_of_80_words_with_a_portion_mark_and_a_citation_is_fine()
    {
        var words80 = "(U) " + string.Join(' ', Enumerable.Repeat("word", 80)) + " [@analyst]";
        using var site = MemoFixture.Site(t => t.Replace("Approve the raid. It is the staff's recommendation.", words80));

        Assert.DoesNotContain(site.Build().Diagnostics, d => d.Code == Codes.LongBluf);
    }

    [Fact]
    public void A_dissent_without_a_note_is_a_warning_at_its_clearance_entry()
    {
        using var site = MemoFixture.Site(t => t.Replace("    note: Mexico would object to a raid.\n", ""));

        var warning = site.Build().Single(Codes.DissentWithoutNote);

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((File, MemoFixture.FirstClearanceLine + 3, 5), (warning.File, warning.Line, warning.Column));
        Assert.Equal("'Department of State' records 'nonconcur' without a note", warning.Message);
    }

    [Fact]
    public void A_clearance_position_outside_its_values_names_them()
    {
        using var site = MemoFixture.Site(t => t.Replace("position: pending", "position: maybe"));

        var error = site.Build().Single(Codes.InvalidValue);

        Assert.Equal((File, 17), (error.File, error.Line));
        Assert.Contains("concur", error.Hint + error.Message);
        Assert.Contains("nonconcur", error.Hint + error.Message);
    }

    [Fact]
    public void The_required_fields_are_required()
    {
        using var site = MemoFixture.Site(t => t.Replace("to: The National Security Advisor\n", "").Replace("recommendation: raid\n", ""));

        var missing = site.Build().Diagnostics.Where(d => d.Code == Codes.MissingField).Select(d => d.Message).ToList();

        Assert.Contains(missing, m => m.Contains("'to'", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("'recommendation'", StringComparison.Ordinal));
    }
}
