using AngleSharp.Html.Parser;
using Brief.Core.Diagnostics;
using Brief.Markdown.Glossary;
using Brief.Markdown.Links;
using Brief.Markdown.Parsing;
using Brief.Markdown.Rendering;

namespace Brief.Tests.Markdown.Rendering;

public class MarkdownRendererTests
{
    private sealed class Resolver : ILinkResolver
    {
        public LinkResolution Resolve(string url, bool isImage) => url switch
        {
            "other.md" => new LinkResolution.Resolved("/explainers/other/", "other"),
            "other.md#part" => new LinkResolution.Resolved("/explainers/other/#part", "other"),
            _ => new LinkResolution.Broken(Codes.BrokenLink, $"link '{url}' points to a missing file"),
        };
    }

    private static readonly GlossaryIndex Glossary = new(
        new TermMatcher(TermForm.For("sofa", "SOFA", ["Status of Forces Agreement"])),
        new Dictionary<string, TermInfo>
        {
            ["sofa"] = new("sofa", "/glossary/sofa/", "SOFA", "Status of Forces Agreement", "An agreement <on> forces."),
        });

    private static (AngleSharp.Html.Dom.IHtmlDocument Html, RenderResult Result, IReadOnlyList<Diagnostic> Diagnostics) Render(
        string markdown, int bodyLine = 1, string? self = null)
    {
        var bag = new DiagnosticBag();
        var parsed = MarkdownParser.Parse(markdown, bodyLine, "input/x.md", bag)!;
        var result = MarkdownRenderer.Render(parsed, new RenderOptions(new Resolver(), Glossary, "input/x.md", bag) { SelfTermId = self });
        return (new HtmlParser().ParseDocument(result.Html.ToString()), result, bag.Sorted());
    }

    [Fact]
    public void Terms_are_linked_in_running_text_with_a_tooltip()
    {
        var (html, result, _) = Render("A SOFA governs troops.");

        var link = html.QuerySelector("span.term > a.term-link")!;
        Assert.Equal(("/glossary/sofa/", "SOFA"), (link.GetAttribute("href"), link.TextContent));
        var tip = html.GetElementById(link.GetAttribute("aria-describedby")!)!;
        Assert.Equal("tooltip", tip.GetAttribute("role"));
        Assert.Equal("SOFA (Status of Forces Agreement): An agreement <on> forces.", tip.TextContent);
        Assert.Contains("sofa", result.TermIds);
    }

    [Fact]
    public void Terms_are_never_linked_in_code_links_headings_images_or_raw_html()
    {
        var (html, result, _) = Render("""
            # SOFA in a heading

            `SOFA` in code, [a SOFA link](other.md), ![SOFA map](map.png "SOFA")

            ```
            SOFA in a block
            ```

            <div>SOFA in raw HTML</div>
            """);

        Assert.Empty(html.QuerySelectorAll(".term"));
        Assert.Empty(result.TermIds);
    }

    [Fact]
    public void Every_occurrence_is_linked_but_never_on_the_terms_own_page()
    {
        Assert.Equal(2, Render("SOFA and a Status of Forces Agreement").Html.QuerySelectorAll("a.term-link").Length);
        Assert.Empty(Render("SOFA on its own page", self: "sofa").Html.QuerySelectorAll("a.term-link"));
    }

    [Fact]
    public void Relative_links_are_rewritten_and_recorded()
    {
        var (html, result, diagnostics) = Render("See [other](other.md#part) and [web](https://example.org).");

        Assert.Empty(diagnostics);
        Assert.Equal(["/explainers/other/#part", "https://example.org"], html.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal<string>(["other"], result.LinkedIds);
    }

    [Fact]
    public void A_broken_link_is_an_error_at_its_file_line_and_column()
    {
        var (_, _, diagnostics) = Render("First line.\n\nSome text [gone](missing.md) here.", bodyLine: 10);

        var error = Assert.Single(diagnostics);
        Assert.Equal((Codes.BrokenLink, "input/x.md", 12, 11), (error.Code, error.File, error.Line, error.Column));
    }

    [Fact]
    public void Javascript_links_are_removed_with_a_warning()
    {
        var (html, _, diagnostics) = Render("[click](javascript:alert(1)) and <javascript:alert(2)>", bodyLine: 5);

        Assert.Empty(html.QuerySelectorAll("a"));
        Assert.All(diagnostics, d => Assert.Equal((Codes.UnsafeHtml, Severity.Warning, 5), (d.Code, d.Severity, d.Line)));
        Assert.Equal(2, diagnostics.Count);
    }

    [Fact]
    public void An_image_without_alt_text_is_a_warning_at_its_line()
    {
        var (html, _, diagnostics) = Render("Intro.\n\n![](https://example.org/map.png) and ![A map](https://example.org/b.png)", bodyLine: 5);

        var warning = Assert.Single(diagnostics);
        Assert.Equal((Codes.MissingAltText, Severity.Warning, 7, 1), (warning.Code, warning.Severity, warning.Line, warning.Column));
        Assert.Equal("image 'https://example.org/map.png' has no alt text: screen readers and the printed PDF have nothing to say for it",
            warning.Message);
        Assert.Equal(2, html.QuerySelectorAll("img").Length);
    }

    [Fact]
    public void Raw_html_is_sanitized_with_a_warning_at_its_line()
    {
        var (html, _, diagnostics) = Render("Intro.\n\n<div onclick=\"steal()\">Hi<script>alert(1)</script></div>\n\nText <img src=x " +
            "onerror=alert(1)> end.", bodyLine: 3);

        var body = html.Body!.InnerHtml;
        Assert.DoesNotContain("onclick", body);
        Assert.DoesNotContain("<script", body);
        Assert.DoesNotContain("onerror", body);
        Assert.Contains("Hi", body);
        Assert.Equal([5, 7], diagnostics.Select(d => d.Line));
        Assert.All(diagnostics, d => Assert.Equal(Codes.UnsafeHtml, d.Code));
    }

    [Fact]
    public void Attribute_syntax_cannot_add_event_handlers()
    {
        var (html, _, diagnostics) = Render("A paragraph {onclick=\"x()\" .note}", bodyLine: 1);

        Assert.Null(html.QuerySelector("[onclick]"));
        Assert.NotNull(html.QuerySelector("p.note"));
        Assert.Equal(Codes.UnsafeHtml, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Headings_get_ids_and_the_first_section_is_the_bluf()
    {
        var bag = new DiagnosticBag();
        var parsed = MarkdownParser.Parse("## Bottom line up front\n\nOne.\n\nTwo.\n\n## Next\n\nThree.", 1, "x.md", bag)!;

        Assert.Equal(["bottom-line-up-front", "next"], parsed.Headings.Select(h => h.Id));
        Assert.Equal(2, MarkdownRenderer.FirstSection(parsed.Tree()).Count);
    }

    [Fact]
    public void Text_is_escaped()
    {
        var (html, _, _) = Render("5 < 6 & \"quotes");

        Assert.Equal("5 < 6 & \"quotes", html.QuerySelector("p")!.TextContent); // an unpaired quote stays straight
    }
}
