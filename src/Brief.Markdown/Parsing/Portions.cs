using System.Collections.Immutable;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Brief.Markdown.Parsing;

/// <summary>
/// The portions of a body, in reading order: every heading and paragraph (a list item's or block quote's first paragraph
/// names it), and every table (its mark at the start of its first cell), wherever they sit. Other table cells and code
/// blocks are read for a mark too, so that no mark in the text goes unseen, but need none.
/// </summary>
public static class Portions
{
    private const int MarkLength = 48;

    public static ImmutableArray<Portion> Of(MarkdownDocument tree, string body, int lineOffset)
    {
        if (tree.Count == 0)
        {
            return [];
        }
        var first = Rendering.MarkdownRenderer.FirstSection(tree).ToHashSet();
        var walker = new Walker(body, lineOffset);
        foreach (var block in tree)
        {
            walker.Walk(block, first.Contains(block));
        }
        return walker.Portions.ToImmutable();
    }

    private sealed class Walker(string body, int lineOffset)
    {
        public ImmutableArray<Portion>.Builder Portions { get; } = ImmutableArray.CreateBuilder<Portion>();

        public void Walk(Block block, bool firstSection)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Portions.Add(Text(PortionKind.Heading, heading, heading.Inline, firstSection));
                    break;
                case ParagraphBlock paragraph:
                    var kind = paragraph.Parent switch
                    {
                        ListItemBlock item when item[0] == paragraph => PortionKind.ListItem,
                        QuoteBlock quote when quote[0] == paragraph => PortionKind.BlockQuote,
                        _ => PortionKind.Paragraph,
                    };
                    Portions.Add(Text(kind, paragraph, paragraph.Inline, firstSection));
                    break;
                case Table table:
                    var cells = table.Descendants<ParagraphBlock>().ToList();
                    Portions.Add(cells.Count == 0
                        ? new Portion(PortionKind.Table, table.Line + lineOffset, table.Column + 1, null, firstSection)
                        : Text(PortionKind.Table, cells[0], cells[0].Inline, firstSection));
                    Portions.AddRange(cells.Skip(1).Select(c => Text(PortionKind.Other, c, c.Inline, firstSection)).Where(p => p.Mark is not null));
                    break;
                case CodeBlock code when code.Lines.Count > 0:
                    var line = code.Lines.Lines[0];
                    if (Portion.MarkOf(line.Slice.ToString().TrimStart()) is { } mark)
                    {
                        Portions.Add(new Portion(PortionKind.Other, line.Line + lineOffset, line.Column + 1, mark, firstSection));
                    }
                    break;
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        Walk(child, firstSection);
                    }
                    break;
            }
        }

        private Portion Text(PortionKind kind, Block block, ContainerInline? inline, bool firstSection)
        {
            var start = inline?.FirstChild is { Line: >= 0 } first ? first : null;
            var (line, column, offset) = start is not null
                ? (start.Line, start.Column, start.Span.Start)
                : (block.Line, block.Column, block.Span.Start);
            // a table cell starts at the space after its '|'; its text after that space
            var skipped = 0;
            while (offset >= 0 && offset + skipped < body.Length && body[offset + skipped] is ' ' or '\t')
            {
                skipped++;
            }
            var text = PlainText.Leading(inline, MarkLength).TrimStart();
            return new Portion(kind, line + lineOffset, column + 1 + skipped, Portion.MarkOf(text), firstSection);
        }
    }
}
