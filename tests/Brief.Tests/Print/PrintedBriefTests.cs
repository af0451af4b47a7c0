using System.Text.RegularExpressions;
using Brief.Core.Diagnostics;
using Brief.Print;
using Brief.Site;
using Brief.Tests.Support;

namespace Brief.Tests.Print;

/// <summary>Prints the real briefs and a fixture brief once, then reads the PDFs as a briefer's recipient would.</summary>
public sealed class PrintedBriefsFixture : IDisposable
{
    public FixtureSite Briefing { get; } = FixtureSite.CopyOf(Repo.Input);
    public FixtureSite Cables { get; } = FixtureSite.CopyOf(Path.Combine(Repo.Fixtures, "second-briefing"));
    public BuildResult? BriefingResult { get; }
    public BuildResult? CablesResult { get; }

    public PrintedBriefsFixture()
    {
        var chromium = ChromiumLocator.Find();
        if (chromium is null)
        {
            return; // the tests are skipped (or, in CI, fail on the missing PDFs)
        }
        // the fixture's map is an empty SVG, which paints nothing and so is not tagged; a drawn one is a figure to check
        Cables.Write("assets/cables.svg",
            """<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#06c"/></svg>""");
        BriefingResult = SiteBuilder.BuildAsync(Briefing.Options() with { PdfWith = chromium }).GetAwaiter().GetResult();
        CablesResult = SiteBuilder.BuildAsync(Cables.Options() with { PdfWith = chromium }).GetAwaiter().GetResult();
    }

    public string Pdf(FixtureSite site, string name) => Path.Combine(site.Output, "briefs", name + ".pdf");

    public void Dispose()
    {
        Briefing.Dispose();
        Cables.Dispose();
    }
}

public class PrintedBriefTests(PrintedBriefsFixture fixture) : IClassFixture<PrintedBriefsFixture>
{
    private string Full => fixture.Pdf(fixture.Briefing, "full");
    private string ReadAhead => fixture.Pdf(fixture.Briefing, "read-ahead");
    private string Board => fixture.Pdf(fixture.Cables, "board");

    [ChromiumFact]
    public void Every_brief_is_printed_and_the_builds_are_clean()
    {
        fixture.BriefingResult!.AssertClean();
        fixture.CablesResult!.AssertClean();
        Assert.True(File.Exists(Full) && File.Exists(ReadAhead) && File.Exists(Board));
        Assert.Equal(["full", "read-ahead"], fixture.BriefingResult!.Printed.Select(p => p.Name));
    }

    [ChromiumFact]
    public void The_marking_and_page_n_of_m_are_on_every_page()
    {
        foreach (var pdf in new[] { Full, ReadAhead })
        {
            var pages = Poppler.Pages(pdf);
            for (var i = 0; i < pages.Count; i++)
            {
                Assert.True(Regex.Matches(pages[i], "UNCLASSIFIED // FOR PUBLIC RELEASE").Count >= 2,
                    $"{Path.GetFileName(pdf)} page {i + 1}: marking not at top and bottom");
                Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);
            }
        }
        Assert.All(Poppler.Pages(Board), page => Assert.Contains("FIXTURE // NOT FOR USE", page));
    }

    [ChromiumFact]
    public void The_cover_carries_title_subtitle_audience_and_as_of_date()
    {
        var cover = Poppler.Pages(Full)[0];
        Assert.Contains("Full Brief", cover);
        Assert.Contains("Full briefing: authorities, options, risks and precedents", cover);
        Assert.Contains("Principals and staff", cover);
        Assert.Contains("4 February 2025", cover);
        Assert.DoesNotContain("Bottom line", cover, StringComparison.OrdinalIgnoreCase); // the cover is a page of its own
    }

    [ChromiumFact]
    public void The_running_header_is_the_briefs_title_except_on_the_cover()
    {
        var pages = Poppler.Pages(Full);
        Assert.All(pages.Skip(1), page => Assert.StartsWith("U.S. Military Options Against Mexican Cartels: Full Brief", page.TrimStart()));
    }

    [ChromiumFact]
    public void The_contents_list_gives_the_page_each_section_starts_on()
    {
        var pages = Poppler.Pages(Full);
        var contents = pages.First(p => p.Contains("Contents", StringComparison.Ordinal));
        var options = Regex.Match(contents, @"^\s*Options\s+(\d+)\s*$", RegexOptions.Multiline);
        Assert.True(options.Success, "no page number for Options in the contents");
        var page = int.Parse(options.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Airstrikes with drones", pages[page - 1]);
        Assert.DoesNotContain("Airstrikes with drones", pages[page - 2]);
    }

    [ChromiumFact]
    public void Each_option_card_starts_a_page_and_the_matrix_gets_a_landscape_page()
    {
        var pages = Poppler.Pages(Full);
        var titles = new[] { "Special operations raid", "CIA paramilitary covert", "Expanded ISR" }; // a wrapped title still starts so
        foreach (var title in titles)
        {
            var page = pages.FindIndex(p => p.Contains(title, StringComparison.Ordinal)
                && p.Contains("WHAT IT IS", StringComparison.OrdinalIgnoreCase));
            Assert.True(page > 0, title);
            Assert.DoesNotContain("Indicators to watch", pages[page][..pages[page].IndexOf(title, StringComparison.Ordinal)],
                StringComparison.OrdinalIgnoreCase);
        }
        var sizes = Poppler.Run("pdfinfo", "-f", "1", "-l", "99", ReadAhead);
        Assert.Matches(@"Page +2 size: +792 x 612", sizes);
    }

    [ChromiumFact]
    public void The_glossary_appendix_and_source_endnotes_are_there_and_terms_are_spelled_out_on_first_use()
    {
        var text = string.Join("\n", Poppler.Pages(Full));
        var glossary = text[text.LastIndexOf("Glossary", StringComparison.Ordinal)..];
        Assert.Contains("Status of Forces Agreement", glossary);
        Assert.Contains("Sources", text[text.LastIndexOf("Glossary", StringComparison.Ordinal)..]);
        Assert.Matches(@"Status of Forces\s+Agreement \(SOFA\)", text);
        Assert.Contains("Generación", text); // non-ASCII glyphs survive
    }

    [ChromiumFact]
    public void The_full_brief_prints_the_decision_matrix_landscape_and_the_read_ahead_only_the_matrix_at_a_glance()
    {
        var pages = Poppler.Pages(Full);
        var page = pages.FindIndex(p => p.Contains("Weighted total", StringComparison.Ordinal));
        Assert.True(page > 0, "no decision matrix in the full brief");
        Assert.Contains("Sensitivity", string.Join("\n", pages.Skip(page).Take(2)), StringComparison.Ordinal);
        var number = (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Matches($@"Page +{number} size: +792 x 612", Poppler.Run("pdfinfo", "-f", number, "-l", number, Full));
        Assert.DoesNotContain("Weighted total", string.Join("\n", Poppler.Pages(ReadAhead)), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void The_read_ahead_keeps_to_its_two_pages()
    {
        Assert.Equal("2", Poppler.Info(ReadAhead)["Pages"]);
        Assert.DoesNotContain(fixture.BriefingResult!.Diagnostics, d => d.Code == Codes.OverPageBudget);
    }

    [ChromiumFact]
    public void Metadata_outline_tags_links_and_dates_are_set()
    {
        var info = Poppler.Info(Full);
        Assert.Equal("U.S. Military Options Against Mexican Cartels: Full Brief", info["Title"]);
        Assert.StartsWith("Full briefing", info["Subject"]);
        Assert.Equal("U.S. Military Options Against Mexican Cartels", info["Author"]);
        Assert.Equal("yes", info["Tagged"]);
        Assert.Contains("Feb  4", info["CreationDate"]);
        var bytes = File.ReadAllText(Full, System.Text.Encoding.Latin1);
        Assert.Contains("/Outlines", bytes);
        Assert.True(Regex.Matches(Poppler.Run("pdfinfo", "-dests", Full), @"b-").Count > 10, "few in-document link targets");
        Assert.DoesNotContain("127.0.0.1", bytes);
    }

    [ChromiumFact]
    public void A4_is_honoured()
    {
        Assert.Contains("(A4)", Poppler.Info(Board)["Page size"]);
    }

    [ChromiumFact]
    public void A_brief_over_its_budget_is_a_warning_that_names_it_and_its_page_count()
    {
        using var site = FixtureSite.CopyOf(Path.Combine(Repo.Fixtures, "second-briefing"));
        site.Write("briefs/board.yml", File.ReadAllText(Path.Combine(site.Input, "briefs/board.yml")).Replace("max_pages: 10", "max_pages: 1"));

        var result = SiteBuilder.BuildAsync(site.Options() with { PdfWith = ChromiumLocator.Find() }).GetAwaiter().GetResult();

        var warning = result.Single(Codes.OverPageBudget);
        Assert.Matches(@"^brief 'board' prints \d+ pages, over its budget of 1$", warning.Message);
        Assert.Equal(("input/briefs/board.yml", 5, 12), (warning.File, warning.Line, warning.Column));
        Assert.True(result.Written);
    }
}

public class MissingChromiumTests
{
    [Fact]
    public void Pdf_without_chromium_fails_with_one_line_that_says_how_to_install_it()
    {
        using var site = FixtureSite.Minimal();
        Site.SafetyTests.CopyDirectory(Repo.Theme, Path.Combine(site.Root, "theme"));

        var run = BriefProcess.Start(site.Root, new Dictionary<string, string> { ["BRIEF_CHROMIUM"] = "/nonexistent/chromium" }, "build", "--pdf");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("apt-get install chromium", line);
        Assert.False(Directory.Exists(site.Output));
    }
}
