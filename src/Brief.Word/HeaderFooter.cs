using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Brief.Word;

/// <summary>Every page's header (the banner) and footer (the banner, then Page N of M).</summary>
internal static class HeaderFooter
{
    public static Header Header(string banner) => new(Banner(banner, "Header"));

    public static Footer Footer(string banner) => new(
        Banner(banner, "Footer"),
        new Paragraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = "Footer" }, Justification = Center() },
            TextRun("Page "), Field(" PAGE ", "1"), TextRun(" of "), Field(" NUMPAGES ", "1")));

    private static Paragraph Banner(string banner, string style) => new(
        new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style }, Justification = Center() },
        new Run(new RunProperties { Bold = new Bold() }, new Text(banner)));

    private static Justification Center() => new() { Val = JustificationValues.Center };

    private static Run TextRun(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static SimpleField Field(string instruction, string shown) => new(TextRun(shown)) { Instruction = instruction };
}
