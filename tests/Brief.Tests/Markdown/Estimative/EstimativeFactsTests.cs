using Brief.Core.Diagnostics;
using Brief.Markdown.Estimative;
using Brief.Markdown.Parsing;

namespace Brief.Tests.Markdown.Estimative;

/// <summary>What the checks take from a body's tree: phrases at their file positions and sentences, quoted speech left out, key judgments.</summary>
public sealed class EstimativeFactsTests
{
    // the body starts on file line 5, as after a four-line front matter
    private static EstimativeFacts Of(string markdown)
    {
        var tree = MarkdownParser.Parse(markdown, 5, "input/x.md", new DiagnosticBag())!.Tree();
        return EstimativeFacts.Of(tree, 5);
    }

    [Fact]
    public void Phrases_are_found_at_their_file_line_and_column_across_emphasis_and_line_breaks()
    {
        var uses = Of("Intro.\n\nIt is *very* likely. A roughly even\nchance.\n").Uses;

        Assert.Equal([("very likely", 7, 8, 1), ("roughly even chance", 7, 24, 2)], uses.Select(u => (u.Term, u.Line, u.Column, u.Sentence)));
    }

    [Fact]
    public void Quoted_speech_in_quotes_and_block_quotes_is_left_out()
    {
        var uses = Of("He said \"it is likely\", and \u201Cprobably\u201D.\n\n> A very likely raid.\n\nIn code `likely`. Then unlikely.\n").Uses;

        Assert.Equal(["unlikely"], uses.Select(u => u.Term));
    }

    [Fact]
    public void Each_paragraph_heading_and_item_is_its_own_sentence()
    {
        var uses = Of("# Likely\n\n- high confidence\n- likely\n").Uses;

        Assert.Equal([0, 1, 2], uses.Select(u => u.Sentence));
    }

    [Fact]
    public void Key_judgments_are_the_items_of_the_lists_in_their_section_only()
    {
        var facts = Of("- likely, not a key judgment\n\n## Key Judgments\n\n- A raid is likely [@dea-2024].\n- No estimate here.\n"
            + "  - a detail\n\n### Detail\n\n1. We have high confidence.\n\n## Next\n\n- Out of the section.\n");

        Assert.Equal([(9, 1, true, true), (10, 1, false, false), (15, 1, false, true)],
            facts.Judgments.Select(j => (j.Line, j.Column, j.CitesSource, j.StatesLikelihood)));
    }
}
