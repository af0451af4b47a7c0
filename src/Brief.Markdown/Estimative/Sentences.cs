namespace Brief.Markdown.Estimative;

/// <summary>
/// Where the sentences of a text start: after '.', '!' or '?' (and any closing quotes or brackets) followed by white
/// space and a word that does not start in lower case. A full stop ends no sentence after an abbreviation: a word
/// with a full stop inside (U.S., e.g.), a single letter (an initial), a common title or short form (Gen., Jan.), or No. before a number.
/// An abbreviation at the very end of a sentence ("… by the U.S. It …") therefore joins it to the next one.
/// </summary>
public static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(
        ["mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov", "sen", "rep", "pres", "amb",
         "vs", "approx", "fig", "inc", "corp", "co", "ltd", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
         "sept", "oct", "nov", "dec"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The index each sentence starts at: 0, then one after each sentence end, in order.</summary>
    public static IReadOnlyList<int> Starts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }
            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or ')' or ']')
            {
                end++;
            }
            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }
            if (next > end && next < text.Length && !char.IsLower(text[next]) && !(text[i] == '.' && AfterAbbreviation(text, i, text[next])))
            {
                starts.Add(next);
            }
        }
        return starts;
    }

    /// <summary>The number of the sentence (from 0) that the character at an index is in.</summary>
    public static int Of(IReadOnlyList<int> starts, int index)
    {
        var (low, high) = (0, starts.Count - 1);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            (low, high) = starts[middle] <= index ? (middle, high) : (low, middle - 1);
        }
        return low;
    }

    private static bool AfterAbbreviation(string text, int stop, char next)
    {
        var start = stop;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '"' or '\u201C'))
        {
            start--;
        }
        var word = text[start..stop];
        return word.Contains('.', StringComparison.Ordinal) || (word.Length == 1 && char.IsLetter(word[0])) || Abbreviations.Contains(word)
            || (char.IsDigit(next) && word is "No" or "Nos" or "no" or "nos"); // No. 5, but not "said no. Then"
    }
}
