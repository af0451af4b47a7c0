using Brief.Site;
using Brief.Tests.Support;

namespace Brief.Tests.Conformance;

/// <summary>
/// Every page of the briefings (ours, and the fixtures on other topics), built as a user builds them (with search),
/// passes the W3C Nu HTML Checker with no error.
/// </summary>
public sealed class HtmlValidityTests
{
    [NuCheckerFact]
    public async Task Every_page_of_the_briefing_is_valid_html() => await AssertValid(Repo.Input);

    [NuCheckerFact]
    public async Task Every_page_of_the_second_briefing_is_valid_html() =>
        await AssertValid(Path.Combine(Repo.Fixtures, "second-briefing"));

    [NuCheckerFact]
    public async Task Every_page_of_the_flood_briefing_is_valid_html() =>
        await AssertValid(Path.Combine(Repo.Fixtures, "flood-briefing"));

    private static async Task AssertValid(string input)
    {
        using var site = FixtureSite.CopyOf(input);
        (await SiteBuilder.BuildAsync(site.Options() with { Search = true })).AssertClean();
        Assert.NotEmpty(Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories));

        var errors = NuChecker.Check(site.Output);

        Assert.True(errors.Count == 0, $"the Nu HTML Checker found {errors.Count} errors:\n{string.Join("\n", errors)}");
    }
}
