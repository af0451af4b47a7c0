using AngleSharp.Dom;
using Brief.Site;
using Brief.Site.Incremental;
using Brief.Tests.Support;

namespace Brief.Tests.Site.Criteria;

/// <summary>The flood fixture builds once; its criteria.yml drives the cards, the matrix and the decision matrix.</summary>
public sealed class FloodSite : IDisposable
{
    public FixtureSite Site { get; } = FixtureSite.CopyOf(Path.Combine(Repo.Fixtures, "flood-briefing"));

    public FloodSite() => Site.Build().AssertClean();

    public void Dispose() => Site.Dispose();
}

/// <summary>
/// A briefing on another topic with its own criteria.yml (tests/fixtures/flood-briefing): a number with a unit and a
/// benchmark, values whose better end is the last, a references criterion, and weights the outcome is sensitive to.
/// </summary>
public sealed class FloodBriefingTests(FloodSite flood) : IClassFixture<FloodSite>
{
    private IDocument Options => flood.Site.Page("options/");

    private IElement Row(string title) =>
        Options.QuerySelectorAll("table.decision-matrix tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Contains(title, StringComparison.Ordinal));

    [Fact]
    public void An_option_beyond_the_benchmark_is_screened_out_with_the_criterion_and_value_that_failed()
    {
        var screened = Assert.Single(Options.QuerySelectorAll(".decision-screened li"));
        Assert.Equal("Storm-surge barrier: Capital cost is 1200 USD million, beyond the benchmark (500 USD million).", screened.TextContent);
        Assert.DoesNotContain(Options.QuerySelectorAll("table.decision-matrix tbody th"),
            th => th.TextContent.Contains("barrier", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Raise the levee", "300 USD million rank 3|1-in-100-year rank 1|Medium rank 2", "6", "11")]
    [InlineData("Buy out the floodplain", "150 USD million rank 2|1-in-50-year rank 2|High rank 3", "7", "13")]
    [InlineData("Green infrastructure", "80 USD million rank 1|1-in-10-year rank 3|Low rank 1", "5", "12")]
    public void Each_option_shows_its_values_beside_its_ranks_and_its_totals(string title, string cells, string unweighted, string weighted)
    {
        var tds = Row(title).QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal([.. cells.Split('|'), unweighted, weighted], tds);
    }

    [Fact]
    public void The_lowest_weighted_total_is_preferred_and_the_sensitivities_are_named()
    {
        Assert.Equal("Preferred: Raise the levee, with the lowest weighted total (11).", Options.QuerySelector(".decision-preferred")!.TextContent);
        Assert.Equal("preferred", Row("Raise the levee").ClassName);
        Assert.Equal(
        [
            "Sensitive to Capital cost: Raising its weight from 2 to 3 would make Green infrastructure preferred.",
            "Sensitive to Protection standard: Lowering its weight from 3 to 2 would make Green infrastructure preferred.",
            "Sensitive to Disruption: Raising its weight from 1 to 2 would make Green infrastructure and Raise the levee tie.",
        ], Options.QuerySelectorAll(".decision-sensitivity li").Select(li => li.TextContent));
    }

    [Fact]
    public void The_decision_matrix_is_an_accessible_table_whose_columns_are_the_ranked_criteria()
    {
        var table = Options.QuerySelector("table.decision-matrix")!;
        Assert.NotNull(table.QuerySelector("caption"));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.All(table.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        Assert.Equal(["Option", "Capital costweight 2; lower is better", "Protection standardweight 3; 1-in-100-year is best",
            "Disruptionweight 1; Low is best", "Unweighted total", "Weighted total"],
            table.QuerySelectorAll("thead th").Select(th => th.TextContent));
    }

    [Fact]
    public void The_card_labels_and_rates_values_by_the_criteria()
    {
        var card = flood.Site.Page("options/levee/");
        Assert.Equal(["Capital cost", "Protection standard", "Disruption", "Consent needed", "Legal powers"],
            card.QuerySelectorAll(".option-fields dt").Select(dt => dt.TextContent));
        Assert.Equal("300 USD million", card.QuerySelector(".field-cost .badge")!.TextContent);
        // the better end of protection is the last value: the highest protection reads good, the lowest bad
        Assert.Contains("rating-good", card.QuerySelector(".field-protection .badge")!.ClassName);
        Assert.Contains("rating-bad", flood.Site.Page("options/green/").QuerySelector(".field-protection .badge")!.ClassName);
        Assert.Equal("1-in-10-year", flood.Site.Page("options/green/").QuerySelector(".field-protection .badge")!.TextContent);
        Assert.Null(card.QuerySelector(".field-precedents"));
        Assert.Equal("Flood Act", card.QuerySelector(".field-authorities a")!.TextContent);
    }

    [Fact]
    public void The_printed_brief_holds_the_decision_matrix_in_its_matrix_section() =>
        Assert.NotNull(flood.Site.Page("briefs/council/").QuerySelector("#matrix table.decision-matrix"));

    [Fact]
    public async Task Changing_criteria_yml_rebuilds_what_follows_from_it()
    {
        using var site = FixtureSite.CopyOf(Path.Combine(Repo.Fixtures, "flood-briefing"));
        var cache = BuildCache.Empty();
        (await SiteBuilder.BuildAsync(site.Options() with { InPlace = true }, cache)).AssertClean();
        var criteria = File.ReadAllText(Path.Combine(site.Input, "criteria.yml"));
        site.Write("criteria.yml", criteria.Replace("label: Capital cost", "label: Build cost", StringComparison.Ordinal)
            .Replace("weight: 2", "weight: 3", StringComparison.Ordinal));

        (await SiteBuilder.BuildAsync(site.Options() with { InPlace = true }, cache)).AssertClean();

        Assert.Equal("Build cost", site.Page("options/levee/").QuerySelector(".field-cost dt")!.TextContent);
        Assert.StartsWith("Preferred: Green infrastructure", site.Page("options/").QuerySelector(".decision-preferred")!.TextContent,
            StringComparison.Ordinal);
    }
}
