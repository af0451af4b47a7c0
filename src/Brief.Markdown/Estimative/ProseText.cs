using System.Text;
using Brief.Markdown.Parsing;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Brief.Markdown.Estimative;

/// <summary>
/// The prose of a part of a syntax tree, one <see cref="ProseRun"/> per paragraph, heading or table cell, in reading
/// order. Block quotes are quoted speech and yield nothing; code, raw HTML, autolinks and images stand in as one
/// neutral character (no word, no sentence end), so they neither hold nor join words.
/// </summary>
public static class ProseText
{
    private const char Neutral = '\uFFFC';

    public static IEnumerable<ProseRun> Of(ContainerBlock root, int lineOffset)
    {
        foreach (var block in root.Descendants<LeafBlock>())
        {
            if (block.Inline is { } inline && !InBlockQuote(block))
            {
                var text = new StringBuilder();
                var positions = new List<(int, int)>();
                Append(inline, lineOffset, text, positions);
                yield return new ProseRun(text.ToString(), [.. positions]);
            }
        }
    }

    private static bool InBlockQuote(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is QuoteBlock)
            {
                return true;
            }
        }
        return false;
    }

    private static void Append(Inline inline, int lineOffset, StringBuilder text, List<(int, int)> positions)
    {
        var at = (inline.Line + lineOffset, inline.Column + 1);
        switch (inline)
        {
            case LiteralInline literal:
                var content = literal.Content.AsSpan();
                for (var i = 0; i < content.Length; i++)
                {
                    text.Append(content[i]);
                    positions.Add((at.Item1, at.Item2 + i));
                }
                break;
            case SmartyPant mark:
                Add(Typography.Of(mark), at, text, positions);
                break;
            case HtmlEntityInline entity:
                Add(entity.Transcoded.ToString(), at, text, positions);
                break;
            case LineBreakInline:
                Add(" ", at, text, positions);
                break;
            case CodeInline or HtmlInline or AutolinkInline or LinkInline { IsImage: true }:
                Add(Neutral.ToString(), at, text, positions);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, lineOffset, text, positions);
                }
                break;
        }
    }

    private static void Add(string value, (int, int) at, StringBuilder text, List<(int, int)> positions)
    {
        foreach (var c in value)
        {
            text.Append(c);
            positions.Add(at);
        }
    }
}
