using Brief.Core.Diagnostics;
using Brief.Markdown.Parsing;

namespace Brief.Tests.Markdown.Parsing;

public class MarkedHeadingIdsTests
{
    private static List<string> Anchors(string markdown) =>
        [.. MarkdownParser.Parse(markdown, 1, "input/x.md", new DiagnosticBag())!.Headings.Select(h => h.Id)];

    [Fact]
    public void A_headings_anchor_leaves_out_its_portion_mark()
    {
        Assert.Equal(["what-it-is", "risks", "leads"], Anchors("## (U) What it is\n\n## (CUI) Risks\n\n## (S//NF) Leads\n"));
    }

    [Fact]
    public void A_word_in_parentheses_that_cannot_be_a_mark_stays_in_the_anchor()
    {
        Assert.Equal(["2019-review", "see-below-notes", "draft-plan"], Anchors("## (2019) Review\n\n## (see below) Notes\n\n## (Draft) Plan\n"));
    }

    [Fact]
    public void An_anchor_that_would_repeat_another_headings_keeps_its_mark()
    {
        Assert.Equal(["risks", "u-risks"], Anchors("## Risks\n\n## (U) Risks\n"));
    }
}
