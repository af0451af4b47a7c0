namespace Brief.Core.Markings;

/// <summary>
/// What can be a portion mark, wherever it is read (the register in site.yml, a heading's anchor): capital letters, digits
/// and / - _ . &amp; (U, CUI, S//NF, U//FOUO), at least one capital, at most <see cref="MaxLength"/> characters.
/// </summary>
public static class MarkGrammar
{
    public const int MaxLength = 32;

    public static bool IsMark(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > MaxLength)
        {
            return false;
        }
        var capital = false;
        foreach (var c in text)
        {
            capital |= char.IsAsciiLetterUpper(c);
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '/' or '-' or '_' or '.' or '&'))
            {
                return false;
            }
        }
        return capital;
    }
}
