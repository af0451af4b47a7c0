using AngleSharp.Dom;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Brief.Word;

/// <summary>
/// The page's contents become a Word TOC field over Heading1..2, its result already filled in with a linked entry
/// per section and item (Word's "Update table" adds page numbers; LibreOffice shows it as it is).
/// </summary>
internal static class TableOfContents
{
    public static void Collect(WriteContext context)
    {
        var headings = context.Source.Main.QuerySelectorAll("h2, h3")
            .Where(h => h.Closest(".brief-contents") is null && !h.Ancestors<IElement>().Any(Skipped.Is));
        foreach (var (heading, index) in headings.Select((h, i) => (h, i)))
        {
            context.TocBookmarks[heading] = $"_Toc{index + 1:D6}";
        }
    }

    public static void Write(WriteContext context, IElement contents)
    {
        var title = contents.QuerySelector("h2")?.TextContent.Trim() ?? "Contents";
        context.NewParagraph(Style("TOCHeading")).Append(new Run(new Text(title)));
        var entries = context.TocBookmarks.ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var (heading, bookmark) = entries[i];
            var paragraph = context.NewParagraph(Style(heading.TagName.Equals("H2", StringComparison.OrdinalIgnoreCase) ? "TOC1" : "TOC2"));
            if (i == 0)
            {
                var code = new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve };
                paragraph.Append(Char(FieldCharValues.Begin), new Run(code), Char(FieldCharValues.Separate));
            }
            paragraph.Append(new Hyperlink(new Run(new Text(Normalize(heading.TextContent)))) { Anchor = bookmark, History = true });
            if (i == entries.Count - 1)
            {
                paragraph.Append(Char(FieldCharValues.End));
            }
        }
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static ParagraphProperties Style(string style) => new() { ParagraphStyleId = new ParagraphStyleId { Val = style } };

    private static Run Char(FieldCharValues type) => new(new FieldChar { FieldCharType = type });
}
