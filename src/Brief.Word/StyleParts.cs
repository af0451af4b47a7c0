using DocumentFormat.OpenXml.Wordprocessing;

namespace Brief.Word;

/// <summary>Builders for the pieces of <see cref="WordStyles"/>: a paragraph or character style, spacing, indents, run formats.</summary>
internal static class StyleParts
{
    public static Style Paragraph(string id, string name, string? basedOn, StyleParagraphProperties? paragraph, StyleRunProperties? run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, StyleName = new StyleName { Val = name } };
        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
        }
        style.PrimaryStyle = new PrimaryStyle();
        if (id == "Normal")
        {
            style.Default = true;
        }
        if (paragraph is not null)
        {
            style.StyleParagraphProperties = paragraph;
        }
        if (run is not null)
        {
            style.StyleRunProperties = run;
        }
        return style;
    }

    public static Style Character(string id, string name, StyleRunProperties run) =>
        new() { Type = StyleValues.Character, StyleId = id, StyleName = new StyleName { Val = name }, StyleRunProperties = run };

    public static StyleParagraphProperties Spaced(string before, string after) =>
        new() { SpacingBetweenLines = new SpacingBetweenLines { Before = before, After = after } };

    public static StyleParagraphProperties Indented(int left, string before, string after) => new()
    {
        SpacingBetweenLines = new SpacingBetweenLines { Before = before, After = after },
        Indentation = new Indentation { Left = left.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    public static StyleRunProperties Run(string? size, bool bold, bool italic, string? color)
    {
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Bold = new Bold();
        }
        if (italic)
        {
            run.Italic = new Italic();
        }
        if (color is not null)
        {
            run.Color = new Color { Val = color };
        }
        if (size is not null)
        {
            run.FontSize = new FontSize { Val = size };
        }
        return run;
    }
}
