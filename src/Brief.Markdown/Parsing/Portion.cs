namespace Brief.Markdown.Parsing;

/// <summary>What kind of block a portion is, as messages name it.</summary>
public enum PortionKind : byte
{
    Paragraph,
    Heading,
    ListItem,
    BlockQuote,
    Table,

    /// <summary>A table cell after the first, or a code block: read for a mark, never required to have one.</summary>
    Other,
}

/// <summary>
/// One portion of a body, where its text starts (1-based file line and column) and the word in parentheses it starts with,
/// if any: "(CUI) The raid" has the mark "CUI". Whether that word is a mark of the briefing is for the register to say.
/// </summary>
/// <param name="FirstSection">Whether it is in the body's first section (the home page's bottom line up front).</param>
public readonly record struct Portion(PortionKind Kind, int Line, int Column, string? Mark, bool FirstSection)
{
    /// <summary>The word in parentheses a text starts with, "(CUI) The raid" → "CUI", when a space or the end follows it; else null.</summary>
    public static string? MarkOf(string? text)
    {
        if (text is null || text.Length < 3 || text[0] != '(')
        {
            return null;
        }
        var close = text.IndexOf(')', 1);
        if (close < 2 || close > 40 || (close + 1 < text.Length && !char.IsWhiteSpace(text[close + 1])))
        {
            return null;
        }
        var word = text[1..close];
        return word.Any(char.IsWhiteSpace) ? null : word;
    }

    public string Noun => Kind switch
    {
        PortionKind.Heading => "heading",
        PortionKind.ListItem => "list item",
        PortionKind.BlockQuote => "block quote",
        PortionKind.Table => "table",
        PortionKind.Other => "portion",
        _ => "paragraph",
    };
}
