using System.Globalization;
using System.Text.RegularExpressions;
using Brief.Core.Diagnostics;
using Brief.Print;
using Brief.Site;
using Brief.Tests.Site.Memos;
using Brief.Tests.Support;

namespace Brief.Tests.Print;

/// <summary>brief build --pdf prints every decision memo to memos/ID.pdf and holds it to its max_pages.</summary>
public class PrintedMemoTests
{
    private static int PageCount(string pdf) => int.Parse(Poppler.Info(pdf)["Pages"], CultureInfo.InvariantCulture);

    [ChromiumFact]
    public async Task Our_memo_prints_within_two_pages_with_its_marking_header_decision_lines_and_dissent()
    {
        using var site = FixtureSite.CopyOf(Repo.Input);

        var result = await SiteBuilder.BuildAsync(site.Options() with { PdfWith = ChromiumLocator.Find() });

        result.AssertClean();
        var pdf = Path.Combine(site.Output, "memos", "expanded-isr-decision.pdf");
        var printed = Assert.Single(result.PrintedMemos);
        Assert.Equal(("expanded-isr-decision", PageCount(pdf)), (printed.Name, printed.Pages));
        Assert.InRange(printed.Pages, 1, 2);
        Assert.Equal(["full", "read-ahead"], result.Printed.Select(p => p.Name)); // briefs are listed apart from memos
        var pages = Poppler.Pages(pdf);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.True(Regex.Matches(pages[i], "UNCLASSIFIED // FOR PUBLIC RELEASE").Count >= 2, $"page {i + 1}: marking not at top and bottom");
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);
        }
        var text = string.Join('\n', pages);
        Assert.Matches(@"TO\s+The National Security Advisor", text);
        Assert.Matches(@"DECISION NEEDED\s+BY\s+11 February 2025", text);
        Assert.Matches(@"Approve\s+Disapprove\s+Date", text);
        Assert.Contains("Options considered", text, StringComparison.Ordinal);
        Assert.Matches(@"DISSENT:\s+(\(U\) Airborne|\S.*\n.*Nonconcur)", text);
        Assert.DoesNotContain("Skip to content", text, StringComparison.Ordinal); // no site furniture on paper
        Assert.Equal("(U) Decision on expanded ISR against the Mexican cartels", Poppler.Info(pdf)["Title"]);
    }

    [ChromiumFact]
    public async Task A_memo_printed_over_its_max_pages_fails_the_build_naming_the_memo_and_its_page_count()
    {
        var discussion = string.Concat(Enumerable.Range(1, 120).Select(i => $"\nParagraph {i} of a discussion far too long for a memo.\n"));
        using var site = MemoFixture.Site(t => t.Replace("clearance:", "max_pages: 30\nclearance:") + discussion);
        var options = site.Options() with { PdfWith = ChromiumLocator.Find() };
        var fits = await SiteBuilder.BuildAsync(options);
        fits.AssertClean();
        var pages = PageCount(Path.Combine(site.Output, "memos", "raid-decision.pdf"));
        Assert.True(pages > 1, $"the long memo printed on {pages} page");

        site.Write(MemoFixture.Path, MemoFixture.Text.Replace("clearance:", "max_pages: 1\nclearance:") + discussion);
        var result = await SiteBuilder.BuildAsync(options);

        var error = result.Single(Codes.MemoOverPages);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(("input/" + MemoFixture.Path, 9, 12), (error.File, error.Line, error.Column));
        Assert.Equal($"memo 'raid-decision' prints {pages} pages, over its limit of 1", error.Message);
        Assert.False(result.Written);
        Assert.Equal(pages, PageCount(Path.Combine(site.Output, "memos", "raid-decision.pdf"))); // the previous site is kept
    }
}
