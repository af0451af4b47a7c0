using AngleSharp.Dom;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Brief.Word;

/// <summary>
/// One block element of the page in Word: h1 is the title and h2..h6 are Heading1..5 (the brief's sections,
/// items and their parts), paragraphs keep their role (cover, summary), lists get real numbering, definition lists
/// are terms and indented definitions, tables go to <see cref="TableWriter"/>, the contents to a TOC field.
/// </summary>
internal sealed class BlockWriter(WriteContext context, DocumentWriter writer)
{
    private readonly TableWriter _tables = new(context, writer);

    public void Write(IElement element, ParagraphSlot slot)
    {
        switch (element.TagName.ToUpperInvariant())
        {
            case "H1":
                writer.Paragraph(element.ChildNodes, ParagraphSlot.Plain(), "Title");
                break;
            case "H2" or "H3" or "H4" or "H5" or "H6":
                var level = element.TagName[1] - '1';
                writer.Paragraph(element.ChildNodes, ParagraphSlot.Plain(), $"Heading{level}", default,
                    context.TocBookmarks.GetValueOrDefault(element));
                break;
            case "P" or "FIGCAPTION" or "ADDRESS" or "SUMMARY" or "DT":
                writer.Paragraph(element.ChildNodes, slot, slot.InList ? null : StyleOf(element));
                break;
            case "PRE":
                writer.Paragraph(element.ChildNodes, slot, null, new RunFormat(Code: true));
                break;
            case "UL" when element.ClassList.Contains("decision-lines"):
                DecisionLines(element);
                break;
            case "UL" or "OL" when !element.ClassList.Contains("timeline"):
                List(element);
                break;
            case "DL" when element.ClassList.Contains("option-fields"):
                _tables.WriteFields(element);
                break;
            case "DL":
                Definitions(element);
                break;
            case "TABLE":
                _tables.Write(element);
                break;
            case "BLOCKQUOTE":
                writer.Flow(element, ParagraphSlot.Plain("Quote"));
                break;
            case "NAV" when element.ClassList.Contains("brief-contents"):
                TableOfContents.Write(context, element);
                break;
            case "HEADER" when element.ClassList.Contains("cover"):
                writer.Flow(element, ParagraphSlot.Plain());
                context.NewParagraph(new ParagraphProperties()).Append(new Run(new Break { Type = BreakValues.Page }));
                break;
            default:
                writer.Flow(element, slot);
                break;
        }
    }

    private static string? StyleOf(IElement paragraph) =>
        paragraph.ClassList.Contains("cover-site") ? "CoverSite"
        : paragraph.ClassList.Contains("cover-subtitle") ? "Subtitle"
        : paragraph.ClassList.Contains("summary") ? "Summary"
        : paragraph.ClassList.Contains("event-date") || paragraph.TagName == "DT" ? "DefinitionTerm"
        : null;

    /// <summary>A memo's Approve / Disapprove / Date lines: each label with a line to sign on, not a bulleted list.</summary>
    private void DecisionLines(IElement list)
    {
        foreach (var item in list.Children.Where(c => c.TagName.Equals("LI", StringComparison.OrdinalIgnoreCase)))
        {
            var label = item.QuerySelector(".decision-label")?.TextContent.Trim() ?? item.TextContent.Trim();
            writer.Paragraph([list.Owner!.CreateTextNode($"{label} ______________________________")], ParagraphSlot.Plain(), null);
        }
    }

    private void List(IElement list)
    {
        var ordered = list.TagName.Equals("OL", StringComparison.OrdinalIgnoreCase);
        var start = int.TryParse(list.GetAttribute("start"), out var n) ? n : 1;
        var level = Math.Min(context.ListDepth, 8);
        var id = context.Numbering.Add(ordered, start, level);
        context.ListDepth++;
        foreach (var item in list.Children.Where(c => c.TagName.Equals("LI", StringComparison.OrdinalIgnoreCase) && !Skipped.Is(c)))
        {
            if (item.Id is { } itemId)
            {
                context.Bookmark(itemId);
            }
            writer.Flow(item, new ParagraphSlot("ListParagraph", id, level));
        }
        context.ListDepth--;
    }

    private void Definitions(IElement list)
    {
        foreach (var child in list.Children.Where(c => !Skipped.Is(c)))
        {
            if (child.Id is { } id)
            {
                context.Bookmark(id);
            }
            switch (child.TagName.ToUpperInvariant())
            {
                case "DT":
                    writer.Paragraph(child.ChildNodes, ParagraphSlot.Plain(), "DefinitionTerm");
                    break;
                case "DD":
                    writer.Flow(child, ParagraphSlot.Plain("Definition"));
                    break;
                default:
                    Definitions(child);
                    break;
            }
        }
    }
}
