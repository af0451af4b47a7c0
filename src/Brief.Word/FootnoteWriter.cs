using AngleSharp.Dom;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Brief.Word;

/// <summary>
/// Citations and link notes (sup.link-note or sup.citation: links to the page's numbered notes) become Word footnotes, one per
/// place cited, holding the note's text (and its links).
/// </summary>
internal sealed class FootnoteWriter(WriteContext context)
{
    private long _next = 1;

    public void Cite(IElement sup, OpenXmlCompositeElement into)
    {
        var first = true;
        foreach (var link in sup.QuerySelectorAll("a[href^='#']"))
        {
            var id = link.GetAttribute("href")![1..];
            if (context.Source.Notes.TryGetValue(id, out var note))
            {
                if (!first)
                {
                    into.Append(new Run(new RunProperties { RunStyle = new RunStyle { Val = "FootnoteReference" } }, new Text(",")));
                }
                first = false;
                into.Append(new Run(new RunProperties { RunStyle = new RunStyle { Val = "FootnoteReference" } },
                    new FootnoteReference { Id = Add(note) }));
            }
        }
    }

    private long Add(IElement note)
    {
        var id = _next++;
        var paragraph = new Paragraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = "FootnoteText" } },
            new Run(new RunProperties { RunStyle = new RunStyle { Val = "FootnoteReference" } }, new FootnoteReferenceMark()),
            new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve }));
        new InlineWriter(context, context.Parts.Footnotes, null).Write(note.ChildNodes, paragraph, default);
        InlineWriter.Finish(paragraph);
        context.Parts.Footnotes.Footnotes!.Append(new Footnote(paragraph) { Id = id });
        return id;
    }
}
