using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Brief.Word;

/// <summary>
/// Page layout: Letter or A4 with one-inch margins, every section with the banner header and footer; a table too
/// wide for a portrait page gets a landscape section of its own (starting at its heading).
/// </summary>
internal static class SectionLayout
{
    private const int Margin = 1440;

    public static int ContentWidth(WriteContext context, bool landscape) => Size(context.Source.A4, landscape).Width - 2 * Margin;

    public static void Finish(WriteContext context) => context.Body.Append(Section(context, landscape: false));

    /// <summary>Ends the current (portrait) section before what is about to be written, or before the heading just written.</summary>
    public static void BreakBefore(WriteContext context)
    {
        var body = context.Body.ChildElements.ToList();
        var start = body.Count;
        for (var i = body.Count - 1; i >= Math.Max(0, body.Count - 3); i--)
        {
            var style = (body[i] as Paragraph)?.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            if (style?.StartsWith("Heading", StringComparison.Ordinal) == true)
            {
                start = i;
                break;
            }
        }
        if (start > 0 && IsLandscapeEnd(body[start - 1]))
        {
            body[start - 1].Remove(); // two wide tables in a row share one landscape section
            return;
        }
        var end = new Paragraph(new ParagraphProperties { SectionProperties = Section(context, landscape: false) });
        if (start == body.Count)
        {
            context.Body.Append(end);
        }
        else
        {
            context.Body.InsertBefore(end, body[start]);
        }
    }

    private static bool IsLandscapeEnd(OpenXmlElement element) =>
        element is Paragraph { ParagraphProperties.SectionProperties: { } section } paragraph && paragraph.Elements<Run>().Any() is false
        && section.GetFirstChild<PageSize>()?.Orient?.Value == PageOrientationValues.Landscape;

    /// <summary>Ends the landscape section after a wide table.</summary>
    public static void BreakAfter(WriteContext context) =>
        context.Body.Append(new Paragraph(new ParagraphProperties { SectionProperties = Section(context, landscape: true) }));

    private static SectionProperties Section(WriteContext context, bool landscape)
    {
        var (width, height) = Size(context.Source.A4, landscape);
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = context.Parts.HeaderId },
            new FooterReference { Type = HeaderFooterValues.Default, Id = context.Parts.FooterId },
            new PageSize
            {
                Width = (UInt32Value)(uint)width,
                Height = (UInt32Value)(uint)height,
                Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
            },
            new PageMargin { Top = Margin, Bottom = Margin, Left = Margin, Right = Margin, Header = 720, Footer = 720, Gutter = 0 });
    }

    private static (int Width, int Height) Size(bool a4, bool landscape)
    {
        var (width, height) = a4 ? (11906, 16838) : (12240, 15840);
        return landscape ? (height, width) : (width, height);
    }
}
