using AngleSharp.Html.Parser;
using Brief.Core.Diagnostics;
using Brief.Markdown.Glossary;
using Brief.Markdown.Links;
using Brief.Markdown.Parsing;
using Brief.Markdown.Rendering;

namespace Brief.Tests.Markdown.Parsing;

/// <summary>Curly quotes and proper dashes in running text, the same in the HTML, headings and search text; code keeps its characters.</summary>
public sealed class TypographyTests
{
    private sealed class NoLinks : ILinkResolver
    {
        public LinkResolution Resolve(string url, bool isImage) => new LinkResolution.Broken(Codes.BrokenLink, url);
    }

    private static readonly GlossaryIndex Glossary = new(
        new TermMatcher(TermForm.For("sofa", "SOFA", ["Status of Forces Agreement"])),
        new Dictionary<string, TermInfo> { ["sofa"] = new("sofa", "/glossary/sofa/", "SOFA", "Status of Forces Agreement", "An agreement.") });

    private static (ParsedMarkdown Parsed, AngleSharp.Html.Dom.IHtmlDocument Html) Render(string markdown)
    {
        var bag = new DiagnosticBag();
        var parsed = MarkdownParser.Parse(markdown, 1, "input/x.md", bag)!;
        var result = MarkdownRenderer.Render(parsed, new RenderOptions(new NoLinks(), Glossary, "input/x.md", bag));
        Assert.Empty(bag.Sorted());
        return (parsed, new HtmlParser().ParseDocument(result.Html.ToString()));
    }

    [Fact]
    public void An_apostrophe_in_running_text_is_curled_but_not_in_code()
    {
        var (_, html) = Render("It's the SOFA's rule since the '90s, not `it's`; 'a lone quote stays.\n\n```\nit's\n```\n");

        var paragraph = html.QuerySelector("p")!;
        Assert.Equal("SOFA", paragraph.QuerySelector("a.term-link")!.TextContent); // the glossary still links the term
        paragraph.QuerySelector(".term-tip")!.Remove();
        Assert.Equal("It\u2019s the SOFA\u2019s rule since the \u201990s, not it's; 'a lone quote stays.", paragraph.TextContent);
        Assert.Equal("it's", paragraph.QuerySelector("code")!.TextContent);
        Assert.Equal("it's\n", html.QuerySelector("pre code")!.TextContent);
    }

    [Fact]
    public void Quotes_pair_up_and_dashes_and_ellipses_become_their_characters()
    {
        var (_, html) = Render("She said \"without controversy\" -- twice --- and 'once'...\n");

        Assert.Equal("She said \u201cwithout controversy\u201d \u2013 twice \u2014 and \u2018once\u2019\u2026",
            html.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Headings_and_search_text_hold_the_same_characters_as_the_page()
    {
        var (parsed, html) = Render("## The cartels' \"reach\" -- and Mexico's\n\nWhat's \"next\".\n");

        const string title = "The cartels\u2019 \u201creach\u201d \u2013 and Mexico\u2019s";
        Assert.Equal(title, html.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal(title, parsed.Headings.Single().Text);
        Assert.Equal($"{title}\nWhat\u2019s \u201cnext\u201d.", SearchText.Of(parsed.Tree()).Text);
    }
}
