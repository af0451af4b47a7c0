using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Brief.Tests.Support;
using Brief.Word;

namespace Brief.Tests.Word;

/// <summary>brief build --docx, read back with the Open XML SDK: valid, structured, marked and reproducible.</summary>
[Collection(WordFilesCollection.Name)]
public class WordFileTests(WordFilesFixture fixture)
{
    [Fact]
    public void Every_brief_gets_a_word_file_and_the_builds_are_clean()
    {
        fixture.BriefingResult.AssertClean();
        fixture.CablesResult.AssertClean();
        Assert.Equal(["briefs/full.docx", "briefs/read-ahead.docx", "memos/expanded-isr-decision.docx"], fixture.BriefingResult.WordFiles);
        Assert.True(File.Exists(fixture.Docx(fixture.Cables, "board")));
    }

    [Fact]
    public void The_open_xml_validator_finds_no_errors()
    {
        foreach (var (_, name, path) in fixture.Files)
        {
            using var document = WordprocessingDocument.Open(path, false);
            var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, $"{name}.docx:\n{string.Join("\n", errors.Take(20))}");
        }
    }

    [Fact]
    public void Headings_are_word_heading_styles_in_page_order()
    {
        using var document = WordprocessingDocument.Open(fixture.Docx(fixture.Briefing, "full"), false);
        var styled = document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText)).ToList();
        var page = fixture.Briefing.Page("briefs/full/index.html");
        Assert.Contains(styled, p => p.Style == "Title" && p.Text.Contains("Full Brief", StringComparison.Ordinal));
        foreach (var heading in page.QuerySelectorAll("main h2, main h3, main h4").Where(h => h.Closest(".brief-contents, .brief-links") is null))
        {
            var level = heading.TagName[1] - '1';
            var text = string.Join(' ', heading.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains(styled, p => p.Style == $"Heading{level}" && p.Text == text);
        }
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal("heading 1", styles["Heading1"].StyleName!.Val);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Contains(document.MainDocumentPart.Document.Body!.Descendants<FieldCode>(), f => f.Text.Contains("TOC", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_header_and_footer_carry_the_banner_and_the_footer_page_n_of_m()
    {
        foreach (var (site, name, path) in fixture.Files)
        {
            var banner = site == fixture.Cables ? "FIXTURE // NOT FOR USE" : "UNCLASSIFIED // FOR PUBLIC RELEASE";
            using var document = WordprocessingDocument.Open(path, false);
            var main = document.MainDocumentPart!;
            var sections = main.Document.Body!.Descendants<SectionProperties>().ToList();
            Assert.NotEmpty(sections);
            foreach (var section in sections)
            {
                var header = (HeaderPart)main.GetPartById(section.Elements<HeaderReference>().Single().Id!);
                var footer = (FooterPart)main.GetPartById(section.Elements<FooterReference>().Single().Id!);
                Assert.Contains(banner, header.Header!.InnerText, StringComparison.Ordinal);
                Assert.Contains(banner, footer.Footer!.InnerText, StringComparison.Ordinal);
                var fields = footer.Footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()).ToList();
                Assert.Equal(["PAGE", "NUMPAGES"], fields);
            }
        }
    }

    [Fact]
    public void Citations_are_footnotes_with_the_notes_text()
    {
        using var document = WordprocessingDocument.Open(fixture.Docx(fixture.Briefing, "full"), false);
        var main = document.MainDocumentPart!;
        var references = main.Document.Body!.Descendants<FootnoteReference>().ToList();
        var citations = fixture.Briefing.Page("briefs/full/index.html").QuerySelectorAll("main sup.link-note a").Length;
        Assert.Equal(citations, references.Count);
        var notes = main.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id!.Value > 0).ToList();
        Assert.Equal(references.Count, notes.Count);
        Assert.Contains(notes, n => n.InnerText.Contains("How Trump Could Use Military Force Against Cartels In Mexico", StringComparison.Ordinal));
        Assert.DoesNotContain(main.Document.Body!.Descendants<Paragraph>(), p => p.InnerText == "Notes");
    }

    [Fact]
    public void The_option_matrix_is_a_table_on_a_landscape_page_and_links_resolve()
    {
        using var document = WordprocessingDocument.Open(fixture.Docx(fixture.Briefing, "full"), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var matrix = body.Elements<Table>()
            .Single(t => t.Elements<TableRow>().First().InnerText.StartsWith("OptionCongress", StringComparison.Ordinal));
        Assert.Equal(8, matrix.Elements<TableRow>().Count());
        Assert.NotNull(matrix.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());
        var landscape = body.Descendants<PageSize>().Where(p => p.Orient?.Value == PageOrientationValues.Landscape).ToList();
        Assert.NotEmpty(landscape); // the matrix, and the authorities table (one column per option)
        Assert.True(matrix.IsBefore(landscape[0]));
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value!).ToHashSet();
        var anchors = body.Descendants<Hyperlink>().Where(h => h.Anchor is not null).Select(h => h.Anchor!.Value!).ToList();
        Assert.NotEmpty(anchors);
        Assert.All(anchors, anchor => Assert.Contains(anchor, bookmarks));
        Assert.Contains(Bookmarks.Name("b-airstrikes"), bookmarks);
        // each option's fields are a two-column table: name, value
        Assert.Contains(body.Elements<Table>(), t => t.Elements<TableRow>().First().InnerText == "CongressDisputed");
    }

    [Fact]
    public void External_links_are_hyperlinks_to_their_absolute_url()
    {
        using var document = WordprocessingDocument.Open(fixture.Docx(fixture.Cables, "board"), false);
        var main = document.MainDocumentPart!;
        Assert.Contains("https://example.org/unclos", main.HyperlinkRelationships.Select(r => r.Uri.AbsoluteUri));
        var external = main.Document.Body!.Descendants<Hyperlink>().Where(h => h.Id is not null).ToList();
        Assert.NotEmpty(external);
        Assert.All(external, h => Assert.Contains(main.HyperlinkRelationships, r => r.Id == h.Id!.Value && r.IsExternal));
    }

    [Fact]
    public void Lists_use_numbering_definitions()
    {
        using var document = WordprocessingDocument.Open(fixture.Docx(fixture.Briefing, "full"), false);
        var main = document.MainDocumentPart!;
        var used = main.Document.Body!.Descendants<NumberingId>().Select(n => n.Val!.Value).ToHashSet();
        var defined = main.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().Select(n => n.NumberID!.Value).ToHashSet();
        Assert.True(used.Count > 10);
        Assert.Subset(defined, used);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        foreach (var name in new[] { "full", "read-ahead" })
        {
            Assert.Equal(File.ReadAllBytes(fixture.Docx(fixture.Briefing, name)), File.ReadAllBytes(fixture.Docx(fixture.Again, name)));
        }
    }

    [Fact]
    public void A_memos_citations_are_footnotes_and_its_decision_lines_are_lines_to_sign_on()
    {
        using var document = WordprocessingDocument.Open(fixture.MemoDocx(fixture.Briefing, "expanded-isr-decision"), false);
        var main = document.MainDocumentPart!;
        var page = fixture.Briefing.Page("memos/expanded-isr-decision/index.html");
        var citations = page.QuerySelectorAll("main sup.citation a").Length;
        Assert.True(citations > 0);
        Assert.Equal(citations, main.Document.Body!.Descendants<FootnoteReference>().Count());
        Assert.Contains(main.FootnotesPart!.Footnotes!.Elements<Footnote>(),
            n => n.InnerText.Contains("How Trump Could Use Military Force Against Cartels In Mexico", StringComparison.Ordinal));
        var paragraphs = main.Document.Body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("Approve ______________________________", paragraphs);
        Assert.Contains("Disapprove ______________________________", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("Intelligence, Surveillance and Reconnaissance", StringComparison.Ordinal));
        Assert.DoesNotContain("Sources cited", paragraphs);
    }

    [Fact]
    public void A_memo_is_one_more_page_and_file_pair()
    {
        Assert.Equal(new WordJob("memos/m-1/index.html", "memos/m-1.docx"), WordJob.ForPage("memos", "m-1"));
    }
}
