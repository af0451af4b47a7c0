using Brief.Core.Diagnostics;
using Brief.Markdown.Parsing;

namespace Brief.Tests.Markdown.Parsing;

/// <summary>The portions of a body: each kind of block, where its text starts, and the word in parentheses it starts with.</summary>
public class PortionsTests
{
    private static IReadOnlyList<Portion> Of(string body, int bodyLine = 1) =>
        MarkdownParser.Parse(body, bodyLine, "x.md", new DiagnosticBag())!.Portions;

    [Fact]
    public void Every_kind_of_portion_is_found_where_its_text_starts()
    {
        var portions = Of("""
            ## (U) Heading

            (CUI) A paragraph
            that goes on.

            - (U) An item.
            - (CUI) Another.

            | (CUI) Route | Volume |
            |---|---|
            | Port | (U) high |

            > (U) A quote.
            >
            > Its second paragraph.
            """, bodyLine: 5);

        Assert.Equal(
        [
            // the first section (the home page's bottom line) is what follows the first heading, up to the next
            new Portion(PortionKind.Heading, 5, 4, "U", false),
            new Portion(PortionKind.Paragraph, 7, 1, "CUI", true),
            new Portion(PortionKind.ListItem, 10, 3, "U", true),
            new Portion(PortionKind.ListItem, 11, 3, "CUI", true),
            new Portion(PortionKind.Table, 13, 3, "CUI", true),
            new Portion(PortionKind.Other, 15, 10, "U", true),
            new Portion(PortionKind.BlockQuote, 17, 3, "U", true),
            new Portion(PortionKind.Paragraph, 19, 3, null, true),
        ], portions);
    }

    [Theory]
    [InlineData("(U) The raid", "U")]
    [InlineData("(S//NF) The raid", "S//NF")]
    [InlineData("(CUI)", "CUI")]
    [InlineData("(see below) the raid", null)]
    [InlineData("(U)The raid", null)]
    [InlineData("The raid (U)", null)]
    [InlineData("() nothing", null)]
    public void A_mark_is_a_word_in_parentheses_at_the_start_followed_by_a_space(string text, string? mark) =>
        Assert.Equal(mark, Portion.MarkOf(text));

    [Fact]
    public void A_mark_in_emphasis_or_a_link_still_starts_the_text_and_code_blocks_are_read_for_one()
    {
        var portions = Of("**(CUI)** Bold.\n\n[(U) Linked](x.md) text.\n\n```\n(CUI) code\n```\n\n```\nplain code\n```\n");

        Assert.Equal(["CUI", "U", "CUI"], portions.Select(p => p.Mark));
        Assert.Equal((PortionKind.Other, 6, 1), (portions[2].Kind, portions[2].Line, portions[2].Column));
    }

    [Fact]
    public void An_empty_body_has_no_portions() => Assert.Empty(Of(""));
}
