using Brief.Core.Diagnostics;
using Brief.Markdown.Parsing;
using Markdig.Syntax;

namespace Brief.Tests.Markdown.Parsing;

public class CitationParserTests
{
    private static (List<CitationInline> Citations, ParsedMarkdown Parsed, IReadOnlyList<Diagnostic> Diagnostics) Parse(string markdown)
    {
        var bag = new DiagnosticBag();
        var parsed = MarkdownParser.Parse(markdown, 5, "input/x.md", bag)!;
        return ([.. parsed.Tree().Descendants<CitationInline>()], parsed, bag.Sorted());
    }

    [Fact]
    public void One_id_is_a_citation_with_the_position_of_its_at_sign()
    {
        var (citations, parsed, diagnostics) = Parse("Text.\n\nThe cartels grew [@analyst].");

        var citation = Assert.Single(citations);
        Assert.Empty(diagnostics);
        Assert.True(parsed.HasCitations);
        Assert.Equal("[@analyst]", citation.Text);
        Assert.Equal((2, 17), (citation.Line, citation.Column));
        Assert.Equal(new CitationKey("analyst", 2, 18), Assert.Single(citation.Keys));
    }

    [Fact]
    public void Several_ids_are_separated_by_semicolons_and_may_span_lines()
    {
        var (citations, _, diagnostics) = Parse("Both say so [@first-id;  @second_id;\n@third.v2].");

        Assert.Empty(diagnostics);
        Assert.Equal(
            [new CitationKey("first-id", 0, 13), new CitationKey("second_id", 0, 25), new CitationKey("third.v2", 1, 0)],
            [.. Assert.Single(citations).Keys]);
    }

    [Theory]
    [InlineData("In code: `[@analyst]`.")]
    [InlineData("```\n[@analyst]\n```")]
    [InlineData("    [@analyst]")]
    [InlineData("Escaped \\[@analyst].")]
    [InlineData("A handle [@analyst](https://example.org/analyst) is a link.")]
    [InlineData("A reference [@analyst][ref].\n\n[ref]: https://example.org/")]
    [InlineData("Words first [see @analyst].")]
    [InlineData("Never closed [@analyst and on.")]
    [InlineData("No at sign [analyst].")]
    public void Brackets_that_are_not_citations_are_left_to_markdown(string markdown)
    {
        var (citations, parsed, diagnostics) = Parse(markdown);

        Assert.Empty(citations);
        Assert.False(parsed.HasCitations);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_link_still_parses_after_a_citation()
    {
        var (citations, parsed, _) = Parse("Said [@analyst], see [the page](other.md).");

        Assert.Single(citations);
        Assert.Equal("other.md", parsed.Tree().Descendants<Markdig.Syntax.Inlines.LinkInline>().Single().Url);
    }

    [Theory]
    [InlineData("Empty [@].", 0, 7)]
    [InlineData("A locator [@analyst, p. 3].", 0, 11)]
    [InlineData("A space [@ana lyst].", 0, 9)]
    [InlineData("A trailing separator [@analyst;].", 0, 22)]
    [InlineData("No second at sign\n\nhere [@analyst; other].", 2, 6)]
    public void A_malformed_citation_is_an_error_at_its_bracket(string markdown, int line, int column)
    {
        var (citations, _, diagnostics) = Parse(markdown);

        Assert.True(Assert.Single(citations).IsMalformed);
        var error = Assert.Single(diagnostics);
        Assert.Equal((Codes.MalformedCitation, Severity.Error, "input/x.md", line + 5, column), (error.Code, error.Severity, error.File, error.Line,
            error.Column));
        Assert.Equal($"citation '{citations[0].Text}' is not a list of source ids", error.Message);
        Assert.Contains("[@first-id; @second-id]", error.Hint);
    }

    [Fact]
    public void A_citation_is_not_search_text_or_plain_text()
    {
        var (_, parsed, _) = Parse("# Title [@analyst]\n\nThe cartels grew [@analyst; @other].");

        var text = SearchText.Of(parsed.Tree());

        Assert.Equal("Title\nThe cartels grew.", text.Text);
        Assert.Equal("Title", parsed.Headings[0].Text);
    }

    [Fact]
    public void A_citation_sits_where_a_note_does_after_the_punctuation_with_no_space_before_it()
    {
        var (citations, parsed, _) = Parse("They agree [@analyst]. Next, they differ [@other], and [@third] so on.");

        var paragraph = parsed.Tree().Descendants<ParagraphBlock>().Single();
        var text = "";
        for (var inline = paragraph.Inline!.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            text += inline switch
            {
                Markdig.Syntax.Inlines.LiteralInline literal => literal.Content.ToString(),
                CitationInline citation => citation.Text,
                _ => "",
            };
        }

        Assert.Equal("They agree.[@analyst] Next, they differ,[@other] and[@third] so on.", text);
        Assert.Equal([(0, 11), (0, 41), (0, 55)], citations.Select(c => (c.Line, c.Column))); // where each was written
    }

    [Fact]
    public void A_body_without_citations_says_so()
    {
        var (citations, parsed, _) = Parse("Mail me @ home [at] example.");

        Assert.Empty(citations);
        Assert.False(parsed.HasCitations);
    }
}
