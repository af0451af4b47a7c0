using DocumentFormat.OpenXml.Wordprocessing;

namespace Brief.Word;

/// <summary>
/// The properties of the next paragraph written in a container: its style, and in a list item the numbering
/// (the item's first paragraph carries the bullet or number; the ones after it are indented to its text).
/// </summary>
internal sealed class ParagraphSlot(string style, int? numberingId = null, int level = 0)
{
    private bool _used;

    public static ParagraphSlot Plain(string style = "Normal") => new(style);

    public bool InList => numberingId is not null;

    public int Level => level;

    public ParagraphProperties Next(string? ownStyle = null)
    {
        var first = !_used;
        _used = true;
        var properties = new ParagraphProperties();
        if (numberingId is not { } id)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = ownStyle ?? style };
            return properties;
        }
        properties.ParagraphStyleId = new ParagraphStyleId { Val = first ? "ListParagraph" : "ListContinue" };
        if (first)
        {
            properties.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = id });
        }
        else
        {
            properties.Indentation = new Indentation { Left = ListNumbering.Indent(level) };
        }
        return properties;
    }
}
