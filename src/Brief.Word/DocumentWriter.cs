using AngleSharp.Dom;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Brief.Word;

/// <summary>
/// Walks the page's main element and writes the document body: text flows into paragraphs; headings, lists,
/// tables, quotes and definition lists become their Word counterparts (<see cref="BlockWriter"/>).
/// </summary>
internal sealed class DocumentWriter
{
    private readonly WriteContext _context;
    private readonly FootnoteWriter _footnotes;
    private readonly BlockWriter _blocks;

    public DocumentWriter(WordParts parts, PageSource source, LinkTargets links)
    {
        _context = new WriteContext(parts, source, links);
        _footnotes = new FootnoteWriter(_context);
        _blocks = new BlockWriter(_context, this);
    }

    public void Write()
    {
        TableOfContents.Collect(_context);
        Flow(_context.Source.Main, ParagraphSlot.Plain());
        SectionLayout.Finish(_context);
        _context.Parts.Numbering.Numbering = _context.Numbering.Build();
    }

    /// <summary>Writes a container's children: runs of inline content become paragraphs, block elements their own.</summary>
    public void Flow(IElement container, ParagraphSlot slot)
    {
        var inline = new List<INode>();
        foreach (var node in container.ChildNodes)
        {
            if (node is IElement element && (Skipped.IsBlock(element) || Skipped.Is(element)))
            {
                Paragraph(inline, slot, null);
                inline.Clear();
                if (!Skipped.Is(element))
                {
                    if (element.Id is { } id)
                    {
                        _context.Bookmark(id);
                    }
                    _blocks.Write(element, slot);
                }
            }
            else
            {
                inline.Add(node);
            }
        }
        Paragraph(inline, slot, null);
    }

    /// <summary>One paragraph of inline content (nothing when it is only white space).</summary>
    public void Paragraph(IEnumerable<INode> nodes, ParagraphSlot slot, string? style, RunFormat format = default, string? tocBookmark = null)
    {
        var list = nodes as IReadOnlyCollection<INode> ?? [.. nodes];
        if (list.Count == 0 || list.All(n => n is IText t && string.IsNullOrWhiteSpace(t.Data)))
        {
            return;
        }
        var paragraph = _context.NewParagraph(slot.Next(style), tocBookmark);
        new InlineWriter(_context, _context.Parts.Main, _footnotes).Write(list, paragraph, format);
        if (!InlineWriter.Finish(paragraph) && !paragraph.Elements<BookmarkStart>().Any())
        {
            paragraph.Remove();
        }
    }
}
