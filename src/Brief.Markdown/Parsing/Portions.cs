using System.Collections.Immutable;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Brief.Markdown.Parsing;

/// <summary>
/// The portions of a body, in reading order: every heading and paragraph (a list item's or block quote's first paragraph
/// names it), and every table (its mark at the start of its first cell), wherever they sit. Other table cells and code
/// blocks are read for a mark too, so that no mark in the text goes unseen, but need none.
/// </summary>
public static class Portions
{
    private const int MarkLength = 48;

    public static ImmutableArray<Portion> Of(MarkdownDocument tree, int lineOffset)
    {
        if (tree.Count == 0)
        {
            return [];
        }
        var first = Rendering.MarkdownRenderer.FirstSection(tree).ToHashSet();
        var portions = ImmutableArray.CreateBuilder<Portion>();
        foreach (var block in tree)
        {
            Walk(block, first.Contains(block), lineOffset, portions);
        }
        return portions.ToImmutable();
    }

    private static void Walk(Block block, bool firstSection, int lineOffset, ImmutableArray<Portion>.Builder portions)
    {
        switch (block)
        {
            case HeadingBlock heading:
                portions.Add(Text(PortionKind.Heading, heading, heading.Inline, firstSection, lineOffset));
                break;
            case ParagraphBlock paragraph:
                var kind = paragraph.Parent switch
                {
                    ListItemBlock item when item[0] == paragraph => PortionKind.ListItem,
                    QuoteBlock quote when quote[0] == paragraph => PortionKind.BlockQuote,
                    _ => PortionKind.Paragraph,
                };
                portions.Add(Text(kind, paragraph, paragraph.Inline, firstSection, lineOffset));
                break;
            case Table table:
                var cells = table.Descendants<ParagraphBlock>().ToList();
                portions.Add(cells.Count == 0
                    ? new Portion(PortionKind.Table, table.Line + lineOffset, table.Column + 1, null, firstSection)
                    : Text(PortionKind.Table, cells[0], cells[0].Inline, firstSection, lineOffset));
                portions.AddRange(cells.Skip(1).Select(c => Text(PortionKind.Other, c, c.Inline, firstSection, lineOffset))
                    .Where(p => p.Mark is not null));
                break;
            case CodeBlock code when code.Lines.Count > 0:
                var line = code.Lines.Lines[0];
                if (Portion.MarkOf(line.Slice.ToString().TrimStart()) is { } mark)
                {
                    portions.Add(new Portion(PortionKind.Other, line.Line + lineOffset, line.Column + 1, mark, firstSection));
                }
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Walk(child, firstSection, lineOffset, portions);
                }
                break;
        }
    }

    private static Portion Text(PortionKind kind, Block block, Markdig.Syntax.Inlines.ContainerInline? inline, bool firstSection, int lineOffset)
    {
        var start = inline?.FirstChild;
        var (line, column) = start is not null && start.Line >= 0 ? (start.Line, start.Column) : (block.Line, block.Column);
        return new Portion(kind, line + lineOffset, column + 1, Portion.MarkOf(PlainText.Leading(inline, MarkLength)), firstSection);
    }
}
