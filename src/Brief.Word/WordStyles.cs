using DocumentFormat.OpenXml.Wordprocessing;

namespace Brief.Word;

/// <summary>
/// The styles part: Word's built-in names (heading 1..6, Title, List Paragraph, footnote text, TOC 1..3…) so that
/// the navigation pane, a table of contents and other readers recognize them, in a plain, print-like look.
/// </summary>
internal static class WordStyles
{
    private const string Body = "Calibri";
    private const string Ink = "1F2937";
    private const string Accent = "1F3A5F";

    public static Styles Create()
    {
        var styles = new Styles(Defaults(), Paragraph("Normal", "Normal", null, null, null));
        foreach (var style in ParagraphStyles().Concat(Headings()).Concat(CharacterStyles()).Append(TableStyle()))
        {
            styles.Append(style);
        }
        return styles;
    }

    private static DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle
        {
            RunFonts = new RunFonts { Ascii = Body, HighAnsi = Body, ComplexScript = Body, EastAsia = Body },
            Color = new Color { Val = Ink },
            FontSize = new FontSize { Val = "21" },
            FontSizeComplexScript = new FontSizeComplexScript { Val = "21" },
            Languages = new Languages { Val = "en-US" },
        }),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
        {
            SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto },
        }));

    private static IEnumerable<Style> Headings() => Enumerable.Range(1, 6).Select(level =>
    {
        var size = level switch { 1 => 32, 2 => 26, 3 => 23, _ => 21 };
        var style = Paragraph($"Heading{level}", $"heading {level}", "Normal",
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                SpacingBetweenLines = new SpacingBetweenLines { Before = level == 1 ? "360" : "240", After = "80" },
                OutlineLevel = new OutlineLevel { Val = level - 1 },
            },
            new StyleRunProperties
            {
                Bold = new Bold(),
                Color = new Color { Val = Accent },
                FontSize = new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            });
        style.NextParagraphStyle = new NextParagraphStyle { Val = "Normal" };
        return style;
    });

    private static IEnumerable<Style> ParagraphStyles() =>
    [
        Paragraph("Title", "Title", "Normal", Spaced("240", "120"), Run(size: "44", bold: true, color: Accent)),
        Paragraph("Subtitle", "Subtitle", "Normal", Spaced("0", "240"), Run(size: "26", italic: true)),
        Paragraph("CoverSite", "Cover Site", "Normal", Spaced("2400", "120"), Run(size: "24", color: Accent)),
        Paragraph("Header", "header", "Normal", Spaced("0", "0"), Run(size: "18")),
        Paragraph("Footer", "footer", "Normal", Spaced("0", "0"), Run(size: "18")),
        Paragraph("ListParagraph", "List Paragraph", "Normal", Spaced("0", "60"), null),
        Paragraph("ListContinue", "List Continue", "Normal", Spaced("0", "60"), null),
        Paragraph("Quote", "Quote", "Normal", Indented(567), Run(italic: true)),
        Paragraph("Caption", "caption", "Normal", KeepWithNext("120", "120"), Run(size: "19", bold: true)),
        Paragraph("Summary", "Summary", "Normal", null, Run(italic: true)),
        Paragraph("DefinitionTerm", "Definition Term", "Normal", KeepWithNext("0", "20"), Run(bold: true)),
        Paragraph("Definition", "Definition", "Normal", Indented(360), null),
        Paragraph("TableText", "Table Text", "Normal", Spaced("0", "0"), Run(size: "18")),
        Paragraph("TableHeading", "Table Heading", "TableText", Spaced("0", "0"), Run(size: "18", bold: true)),
        Paragraph("FootnoteText", "footnote text", "Normal", Spaced("0", "40"), Run(size: "18")),
        Paragraph("TOCHeading", "TOC Heading", "Normal", Spaced("360", "120"), Run(size: "32", bold: true, color: Accent)),
        Paragraph("TOC1", "toc 1", "Normal", Spaced("120", "40"), Run(bold: true)),
        Paragraph("TOC2", "toc 2", "Normal", Indented(360, "0", "20"), null),
        Paragraph("TOC3", "toc 3", "Normal", Indented(720, "0", "20"), null),
    ];

    private static Style[] CharacterStyles() =>
    [
        Character("Hyperlink", "Hyperlink",
            new StyleRunProperties { Color = new Color { Val = "1D4ED8" }, Underline = new Underline { Val = UnderlineValues.Single } }),
        Character("FootnoteReference", "footnote reference",
            new StyleRunProperties { VerticalTextAlignment = new VerticalTextAlignment { Val = VerticalPositionValues.Superscript } }),
    ];

    private static Style TableStyle() => new(
        new StyleName { Val = "Brief Table" },
        new UIPriority { Val = 59 },
        new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "9CA3AF" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "9CA3AF" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "9CA3AF" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "9CA3AF" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "9CA3AF" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "9CA3AF" }),
            new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
    { Type = StyleValues.Table, StyleId = "BriefTable" };

    private static Style Paragraph(string id, string name, string? basedOn, StyleParagraphProperties? paragraph, StyleRunProperties? run) =>
        StyleParts.Paragraph(id, name, basedOn, paragraph, run);

    private static Style Character(string id, string name, StyleRunProperties run) => StyleParts.Character(id, name, run);

    private static StyleParagraphProperties Spaced(string before, string after) => StyleParts.Spaced(before, after);

    private static StyleParagraphProperties Indented(int left, string before = "60", string after = "120") =>
        StyleParts.Indented(left, before, after);

    private static StyleParagraphProperties KeepWithNext(string before, string after) =>
        new() { KeepNext = new KeepNext(), SpacingBetweenLines = new SpacingBetweenLines { Before = before, After = after } };

    private static StyleRunProperties Run(string? size = null, bool bold = false, bool italic = false, string? color = null) =>
        StyleParts.Run(size, bold, italic, color);
}
