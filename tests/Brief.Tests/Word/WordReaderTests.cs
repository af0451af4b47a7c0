using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Brief.Tests.Support;

namespace Brief.Tests.Word;

/// <summary>The Word files as real readers see them: LibreOffice prints all of the text; python-docx finds the structure.</summary>
[Collection(WordFilesCollection.Name)]
public partial class WordReaderTests(WordFilesFixture fixture)
{
    [WordReaderFact]
    public void LibreOffice_converts_every_file_to_pdf_with_every_heading_and_word()
    {
        using var temp = new TempFolder();
        foreach (var (site, name, path) in fixture.Files)
        {
            var pdf = WordReaders.ToPdf(path, temp.Path);
            var text = Words().Replace(Poppler.Run("pdftotext", pdf, "-"), " ");
            var page = PrintedPart(site, name);
            foreach (var heading in page.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            {
                Assert.Contains(Words().Replace(heading.TextContent, " ").Trim(), text, StringComparison.Ordinal);
            }
            var words = string.Join(' ', page.Descendants<IText>().Select(t => t.Data));
            var missing = Word().Matches(words).Select(m => m.Value).Distinct().Where(w => !text.Contains(w, StringComparison.Ordinal)).ToList();
            Assert.True(missing.Count == 0, $"{name}.docx as PDF lacks: {string.Join(", ", missing.Take(30))}");
        }
    }

    [WordReaderFact]
    public void Python_docx_reads_heading_styles_tables_and_the_banner()
    {
        using var temp = new TempFolder();
        using var read = WordReaders.Read(fixture.Docx(fixture.Briefing, "full"), temp.Path);
        var headings = read.RootElement.GetProperty("headings").EnumerateArray()
            .Select(h => (Style: h[0].GetString(), Text: h[1].GetString())).ToList();
        Assert.Contains(("Title", "U.S. Military Options Against Mexican Cartels: Full Brief"), headings);
        Assert.Contains(("Heading 1", "Options compared"), headings);
        Assert.Contains(("Heading 2", "(U) Airstrikes with drones or standoff weapons"), headings);
        Assert.Contains(headings, h => h.Style == "Heading 3");
        var tables = read.RootElement.GetProperty("tables").EnumerateArray()
            .Select(t => t.EnumerateArray().Select(c => c.GetString()).ToList()).ToList();
        Assert.Contains(tables, row => row.SequenceEqual(["Option", "Congress", "Host-nation consent", "Risk to forces", "Escalation risk",
            "Diplomatic risk", "Intelligence yield", "Duration", "Authorities"]));
        Assert.All(read.RootElement.GetProperty("headers").EnumerateArray(), h => Assert.Equal("UNCLASSIFIED // FOR PUBLIC RELEASE", h.GetString()));
        Assert.All(read.RootElement.GetProperty("footers").EnumerateArray(),
            f => Assert.StartsWith("UNCLASSIFIED // FOR PUBLIC RELEASE\nPage ", f.GetString(), StringComparison.Ordinal));
    }

    [WordReaderFact]
    public void Python_docx_reads_a_memos_headings_clearance_table_and_banner()
    {
        using var temp = new TempFolder();
        using var read = WordReaders.Read(fixture.MemoDocx(fixture.Briefing, "expanded-isr-decision"), temp.Path);
        var headings = read.RootElement.GetProperty("headings").EnumerateArray()
            .Select(h => (Style: h[0].GetString(), Text: h[1].GetString())).ToList();
        Assert.Contains(("Title", "(U) Decision on expanded ISR against the Mexican cartels"), headings);
        Assert.Contains(("Heading 1", "Recommendation"), headings);
        Assert.Contains(("Heading 1", "Clearance"), headings);
        var tables = read.RootElement.GetProperty("tables").EnumerateArray()
            .Select(t => t.EnumerateArray().Select(c => c.GetString()).ToList()).ToList();
        Assert.Contains(tables, row => row.SequenceEqual(["Office", "Position", "Note"]));
        Assert.All(read.RootElement.GetProperty("headers").EnumerateArray(), h => Assert.Equal("UNCLASSIFIED // FOR PUBLIC RELEASE", h.GetString()));
    }

    /// <summary>
    /// The page's main element without what the Word file leaves out: screen-only parts, banners, the notes list
    /// (they are footnotes), and the contents list (the Word file's contents are made from its headings).
    /// </summary>
    private static IElement PrintedPart(FixtureSite site, string name)
    {
        var main = (IElement)site.Page($"{name}/index.html").QuerySelector("main")!.Clone();
        foreach (var skipped in main.QuerySelectorAll("*").Where(e => Brief.Word.Skipped.Is(e) || e.ClassList.Contains("brief-contents")).ToList())
        {
            skipped.Remove();
        }
        return main;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Words();

    [GeneratedRegex(@"[\p{L}\p{N}]{3,}")]
    private static partial Regex Word();
}
