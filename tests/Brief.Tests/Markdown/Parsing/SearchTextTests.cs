using Brief.Core.Diagnostics;
using Brief.Markdown.Parsing;

namespace Brief.Tests.Markdown.Parsing;

/// <summary>The text the search index takes from a body's syntax tree: every block a line, no markup, sections where they start.</summary>
public sealed class SearchTextTests
{
    [Fact]
    public void Blocks_become_lines_of_plain_text_and_headings_mark_where_their_sections_start()
    {
        const string body = """
            ## What it *is*

            A [raid](../options/raid.md) under **Title 50**, with `code`.

            - one
            - two

            | Option | Risk |
            |---|---|
            | Raid | high |

            > "Without controversy," she said.

            <div>raw html is not text</div>

            ```
            fenced
            code
            ```

            ## Risks {#risks-here}

            Last.
            """;
        var parsed = MarkdownParser.Parse(body, 1, "x.md", new DiagnosticBag())!;

        var text = SearchText.Of(parsed.Tree(), "e--");

        Assert.Equal("""
            What it is
            A raid under Title 50, with code.
            one
            two
            Option Risk
            Raid high
            “Without controversy,” she said.
            fenced code
            Risks
            Last.
            """.ReplaceLineEndings("\n"), text.Text);
        Assert.Equal([new SearchSection("e--what-it-is", "What it is", 0),
            new SearchSection("e--risks-here", "Risks", text.Text.IndexOf("Risks", StringComparison.Ordinal))],
            [.. text.Sections]);
    }
}
