using AngleSharp.Dom;
using Brief.Tests.Support;

namespace Brief.Tests.Site;

/// <summary>Option fields are coloured and worded by how their value rates, whichever end of the field is better.</summary>
public sealed class RatingTests
{
    [Fact]
    public void A_high_yield_and_a_low_risk_are_both_shown_as_good_and_a_high_risk_as_bad()
    {
        using var site = FixtureSite.Minimal();
        var raid = File.ReadAllText(Path.Combine(site.Input, "options", "raid.md"));
        site.Write("options/raid.md", raid.Replace("forces: high", "forces: low", StringComparison.Ordinal));
        site.Build().AssertClean();

        var row = site.Page("options/").QuerySelector("table.matrix tbody tr")!;
        var yield = Cell(row, "intelligence-yield");
        var forces = Cell(row, "risk-forces");
        var diplomatic = Cell(row, "risk-diplomatic");

        Assert.Equal(["High", "Low", "High"], new[] { yield, forces, diplomatic }.Select(c => c.QuerySelector(".badge")!.TextContent));
        Assert.True(yield.QuerySelector(".badge")!.ClassList.Contains("rating-good"), yield.InnerHtml);
        Assert.True(forces.QuerySelector(".badge")!.ClassList.Contains("rating-good"), forces.InnerHtml);
        Assert.True(diplomatic.QuerySelector(".badge")!.ClassList.Contains("rating-bad"), diplomatic.InnerHtml);
        Assert.Equal(["High (good)", "Low (good)", "High (bad)"], new[] { yield, forces, diplomatic }.Select(c => c.TextContent));
        Assert.Equal(" (good)", yield.QuerySelector(".visually-hidden")!.TextContent);
        Assert.Equal("Medium", Cell(row, "risk-escalation").TextContent); // the middle of a scale is not called either
    }

    private static IElement Cell(IElement row, string field) => row.QuerySelector($"td[data-field='{field}']")!;
}
