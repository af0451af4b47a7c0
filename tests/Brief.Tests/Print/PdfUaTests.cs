using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Brief.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Brief.Tests.Print;

/// <summary>
/// The machine-checkable conditions of PDF/UA-1, read with PdfPig from every printed brief of both briefings.
/// What no machine can check (that alt text is meaningful, that the reading order makes sense) is listed in
/// docs/printing.md.
/// </summary>
public class PdfUaTests(PrintedBriefsFixture fixture) : IClassFixture<PrintedBriefsFixture>
{
    private IEnumerable<(string Name, string Path, FixtureSite Site)> Briefs =>
    [
        ("full", fixture.Pdf(fixture.Briefing, "full"), fixture.Briefing),
        ("read-ahead", fixture.Pdf(fixture.Briefing, "read-ahead"), fixture.Briefing),
        ("board", fixture.Pdf(fixture.Cables, "board"), fixture.Cables),
    ];

    [ChromiumFact]
    public void Every_brief_is_tagged_with_a_structure_tree_and_marked_content()
    {
        ForEachBrief((name, pdf) =>
        {
            var catalog = pdf.Structure.Catalog.CatalogDictionary;
            Assert.True(catalog.Data.ContainsKey("StructTreeRoot"), $"{name}: no structure tree (/StructTreeRoot)");
            var markInfo = Assert.IsType<DictionaryToken>(Resolve(pdf, catalog.Data.GetValueOrDefault("MarkInfo")));
            Assert.True(Resolve(pdf, markInfo.Data.GetValueOrDefault("Marked")) is BooleanToken { Data: true },
                $"{name}: /MarkInfo has no /Marked true");
            foreach (var page in pdf.GetPages())
            {
                Assert.True(Flatten(page.GetMarkedContents()).Any(m => m.MarkedContentIdentifier >= 0),
                    $"{name} page {page.Number}: no tagged content (no MCID)");
            }
        });
    }

    [ChromiumFact]
    public void Every_brief_declares_its_language_as_its_page_does()
    {
        foreach (var (name, path, site) in Briefs)
        {
            // Chromium writes a /Lang even for a page without one (the browser's own), so the check is that it is the page's.
            var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "briefs", name, "index.html")));
            var declared = html.DocumentElement.GetAttribute("lang");
            Assert.False(string.IsNullOrEmpty(declared), $"{name}: the brief's page declares no language");
            using var pdf = PdfDocument.Open(path);
            var lang = Resolve(pdf, pdf.Structure.Catalog.CatalogDictionary.Data.GetValueOrDefault("Lang")) as StringToken;
            Assert.True(lang?.Data == declared, $"{name}: the catalog's /Lang is '{lang?.Data}', the page's language '{declared}'");
        }
    }

    [ChromiumFact]
    public void Every_brief_shows_its_title_not_its_file_name()
    {
        ForEachBrief((name, pdf) =>
        {
            var preferences = Resolve(pdf, pdf.Structure.Catalog.CatalogDictionary.Data.GetValueOrDefault("ViewerPreferences")) as DictionaryToken;
            Assert.True(preferences is not null && Resolve(pdf, preferences.Data.GetValueOrDefault("DisplayDocTitle")) is BooleanToken { Data: true },
                $"{name}: no /ViewerPreferences << /DisplayDocTitle true >>");
            Assert.False(string.IsNullOrWhiteSpace(pdf.Information.Title), $"{name}: no title in the Info dictionary");
        });
    }

    [ChromiumFact]
    public void Every_brief_has_xmp_metadata_with_its_title_and_the_pdf_ua_identifier()
    {
        XNamespace dc = "http://purl.org/dc/elements/1.1/", pdfuaid = "http://www.aiim.org/pdfua/ns/id/";
        ForEachBrief((name, pdf) =>
        {
            Assert.True(pdf.TryGetXmpMetadata(out var xmp), $"{name}: no XMP metadata stream");
            var xml = xmp.GetXDocument();
            Assert.True(xml.Descendants(pdfuaid + "part").SingleOrDefault()?.Value == "1", $"{name}: XMP has no pdfuaid:part 1");
            Assert.True(xml.Descendants(dc + "title").SingleOrDefault()?.Value.Trim() == pdf.Information.Title,
                $"{name}: XMP dc:title is not the document's title '{pdf.Information.Title}'");
        });
    }

    [ChromiumFact]
    public void Every_mark_on_every_page_is_tagged_or_an_artifact_and_the_page_furniture_is_an_artifact()
    {
        ForEachBrief((name, pdf) =>
        {
            foreach (var page in pdf.GetPages())
            {
                var marked = Flatten(page.GetMarkedContents()).Sum(m => m.Letters.Count);
                Assert.True(marked == page.Letters.Count,
                    $"{name} page {page.Number}: {page.Letters.Count - marked} of {page.Letters.Count} letters are neither tagged nor artifacts");
                var artifacts = string.Concat(Flatten(page.GetMarkedContents()).Where(m => m.IsArtifact)
                    .SelectMany(m => m.Letters).Select(l => l.Value));
                Assert.True(page.Number == 1 || artifacts.Contains($"{page.Number}", StringComparison.Ordinal),
                    $"{name} page {page.Number}: the page number is not an artifact");
            }
        });
    }

    [ChromiumFact]
    public void Every_figure_has_alt_text()
    {
        var figures = 0;
        ForEachBrief((name, pdf) =>
        {
            foreach (var figure in StructureElements(pdf).Where(e => Type(pdf, e) == "Figure"))
            {
                figures++;
                Assert.True(Resolve(pdf, figure.Data.GetValueOrDefault("Alt")) is StringToken { Data.Length: > 0 }
                    || Resolve(pdf, figure.Data.GetValueOrDefault("ActualText")) is StringToken { Data.Length: > 0 },
                    $"{name}: a Figure without /Alt");
            }
        });
        Assert.True(figures > 0, "no figure in any brief: the check checks nothing");
    }

    [ChromiumFact]
    public void Every_table_has_header_cells()
    {
        var tables = 0;
        ForEachBrief((name, pdf) =>
        {
            foreach (var table in StructureElements(pdf).Where(e => Type(pdf, e) == "Table"))
            {
                tables++;
                Assert.True(Descendants(pdf, table).Any(e => Type(pdf, e) == "TH"), $"{name}: a Table with no TH cell");
            }
        });
        Assert.True(tables > 0, "no table in any brief: the check checks nothing");
    }

    [ChromiumFact]
    public void Every_page_orders_tabs_by_structure()
    {
        ForEachBrief((name, pdf) =>
        {
            foreach (var page in pdf.GetPages())
            {
                Assert.True(Resolve(pdf, page.Dictionary.Data.GetValueOrDefault("Tabs")) is NameToken { Data: "S" },
                    $"{name} page {page.Number}: no /Tabs /S");
            }
        });
    }

    [ChromiumFact]
    public void Every_bookmark_reads_as_its_heading_does()
    {
        foreach (var (name, path, site) in Briefs)
        {
            var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "briefs", name, "index.html")));
            var headings = html.QuerySelectorAll("h1, h2, h3, h4, h5, h6")
                .Select(h => string.Join(' ', h.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToHashSet();
            using var pdf = PdfDocument.Open(path);
            Assert.True(pdf.TryGetBookmarks(out var bookmarks), $"{name}: no bookmarks");
            var titles = bookmarks.GetNodes().Select(b => b.Title).ToList();
            Assert.NotEmpty(titles);
            Assert.All(titles, title => Assert.True(headings.Contains(title), $"{name}: bookmark '{title}' is not the text of any heading"));
        }
    }

    private void ForEachBrief(Action<string, PdfDocument> check)
    {
        foreach (var (name, path, _) in Briefs)
        {
            Assert.True(File.Exists(path), $"{name}: not printed");
            using var pdf = PdfDocument.Open(path);
            check(name, pdf);
        }
    }

    private static IEnumerable<MarkedContentElement> Flatten(IEnumerable<MarkedContentElement> elements) =>
        elements.SelectMany(e => Flatten(e.Children).Prepend(e));

    private static IToken? Resolve(PdfDocument pdf, IToken? token) =>
        token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;

    private static string? Type(PdfDocument pdf, DictionaryToken element) => (Resolve(pdf, element.Data.GetValueOrDefault("S")) as NameToken)?.Data;

    private static IEnumerable<DictionaryToken> StructureElements(PdfDocument pdf) =>
        Resolve(pdf, pdf.Structure.Catalog.CatalogDictionary.Data.GetValueOrDefault("StructTreeRoot")) is DictionaryToken root
            ? Descendants(pdf, root) : [];

    /// <summary>The structure elements below a node (its /K kids, depth first); marked-content references are not elements.</summary>
    private static IEnumerable<DictionaryToken> Descendants(PdfDocument pdf, DictionaryToken node)
    {
        var kids = Resolve(pdf, node.Data.GetValueOrDefault("K")) switch
        {
            ArrayToken array => array.Data.Select(k => Resolve(pdf, k)),
            var single => [single],
        };
        foreach (var kid in kids.OfType<DictionaryToken>().Where(k => k.Data.ContainsKey("S")))
        {
            yield return kid;
            foreach (var below in Descendants(pdf, kid))
            {
                yield return below;
            }
        }
    }
}
