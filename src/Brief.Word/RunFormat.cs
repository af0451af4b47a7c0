using DocumentFormat.OpenXml.Wordprocessing;

namespace Brief.Word;

/// <summary>How a run of text looks: bold, italic, superscript, code, or as a hyperlink.</summary>
internal readonly record struct RunFormat(bool Bold = false, bool Italic = false, bool Superscript = false, bool Code = false, bool Link = false)
{
    public RunProperties? Properties()
    {
        if (!Bold && !Italic && !Superscript && !Code && !Link)
        {
            return null;
        }
        var properties = new RunProperties();
        if (Link)
        {
            properties.RunStyle = new RunStyle { Val = "Hyperlink" };
        }
        if (Code)
        {
            properties.RunFonts = new RunFonts { Ascii = "Consolas", HighAnsi = "Consolas", ComplexScript = "Consolas" };
        }
        if (Bold)
        {
            properties.Bold = new Bold();
        }
        if (Italic)
        {
            properties.Italic = new Italic();
        }
        if (Superscript)
        {
            properties.VerticalTextAlignment = new VerticalTextAlignment { Val = VerticalPositionValues.Superscript };
        }
        return properties;
    }
}
