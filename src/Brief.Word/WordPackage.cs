using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Brief.Word;

/// <summary>
/// The parts of a new Word file, each added under a fixed relationship id (so the package is the same every time):
/// styles, numbering, settings, footnotes, the header and footer with the banner, and the core properties.
/// </summary>
internal sealed record WordParts(
    MainDocumentPart Main, FootnotesPart Footnotes, NumberingDefinitionsPart Numbering, string HeaderId, string FooterId);

internal static class WordPackage
{
    public static WordParts Create(WordprocessingDocument document, PageSource source, WordSettings settings)
    {
        var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
        main.Document = new Document(new Body());
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = WordStyles.Create();
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = DocumentSettings();
        var numbering = main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
        var footnotes = main.AddNewPart<FootnotesPart>("rIdFootnotes");
        footnotes.Footnotes = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        main.AddNewPart<HeaderPart>("rIdHeader").Header = HeaderFooter.Header(source.Banner);
        main.AddNewPart<FooterPart>("rIdFooter").Footer = HeaderFooter.Footer(source.Banner);
        var core = document.AddNewPart<CoreFilePropertiesPart>("rId2");
        using (var stream = core.GetStream(FileMode.Create))
        {
            CoreProperties.Write(stream, source.Title, source.Banner, settings.Stamp);
        }
        return new WordParts(main, footnotes, numbering, "rIdHeader", "rIdFooter");
    }

    private static Settings DocumentSettings() => new(
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }),
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
}
