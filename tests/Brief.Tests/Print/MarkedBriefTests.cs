using System.Text.RegularExpressions;
using Brief.Print;
using Brief.Site;
using Brief.Tests.Support;

namespace Brief.Tests.Print;

/// <summary>
/// The two-level fixture briefing printed: each PDF carries, on every page, the banner of the highest mark the brief
/// holds (CUI for the read-ahead that holds the cartel explainer, UNCLASSIFIED for the open one).
/// </summary>
public sealed partial class MarkedBriefTests
{
    [ChromiumFact]
    public async Task Every_page_of_a_printed_brief_carries_the_banner_of_the_highest_mark_it_holds()
    {
        using var site = FixtureSite.CopyOf(Path.Combine(Repo.Fixtures, "marked-briefing"));

        var result = await SiteBuilder.BuildAsync(site.Options() with { PdfWith = ChromiumLocator.Find() });

        result.AssertClean();
        var marked = Poppler.Pages(Path.Combine(site.Output, "briefs", "read-ahead.pdf"));
        Assert.True(marked.Count > 1, "the read-ahead should print more than one page");
        Assert.All(marked, page => Assert.True(Banner().Matches(page).Count >= 2, $"no CUI banner at the top and bottom of:\n{page}"));
        var open = Poppler.Pages(Path.Combine(site.Output, "briefs", "open.pdf"));
        Assert.All(open, page => Assert.Contains("UNCLASSIFIED", page, StringComparison.Ordinal));
        Assert.All(open, page => Assert.DoesNotContain("CUI", page, StringComparison.Ordinal));
    }

    /// <summary>The banner CUI, not the mark (CUI) a portion starts with.</summary>
    [GeneratedRegex(@"(?<!\()\bCUI\b(?!\))")]
    private static partial Regex Banner();
}
