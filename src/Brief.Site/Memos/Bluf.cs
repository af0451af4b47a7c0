using System.Text.RegularExpressions;
using Brief.Markdown.Parsing;
using Brief.Markdown.Rendering;
using Markdig.Syntax;

namespace Brief.Site.Memos;

/// <summary>A memo's bottom line up front (its body's first section): where it starts (its heading) and how many words it has.</summary>
public sealed partial record Bluf(int Words, int Line)
{
    /// <summary>The most words a bottom line up front should have.</summary>
    public const int MaxWords = 80;

    /// <summary>The first section's words, portion marks and citations left out; null for an empty body.</summary>
    public static Bluf? Of(ParsedMarkdown parsed)
    {
        var tree = parsed.Tree();
        var blocks = MarkdownRenderer.FirstSection(tree);
        if (blocks.Count == 0)
        {
            return null;
        }
        var start = MarkdownRenderer.FirstSection(tree, includeHeading: true)[0]; // the section's heading, if it has one
        var words = blocks.SelectMany(b => b.Descendants<LeafBlock>().Prepend(b as LeafBlock)).OfType<LeafBlock>().Distinct()
            .Sum(leaf => Count(PlainText.Of(leaf.Inline)));
        return new Bluf(words, start.Line + parsed.LineOffset);
    }

    private static int Count(string text) => Word().Count(Citation().Replace(Mark().Replace(text, ""), ""));

    [GeneratedRegex(@"^\([A-Z0-9/\-_.& ]{1,38}\)\s")]
    private static partial Regex Mark();

    [GeneratedRegex(@"\[@[^\]]*\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Word();
}
