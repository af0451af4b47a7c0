using System.Text;

namespace Brief.Site.Search;

/// <summary>
/// How text is cut into the words the index holds, the same in the build and in the reader's browser
/// (theme/assets/search.js): a word is a run of letters and decimal digits (Unicode categories L and Nd), lower-cased;
/// everything else separates words. The index keys words by their stem (<see cref="Stemmer"/>), and its shards by
/// the stem's first two characters (<see cref="ShardOf"/>).
/// </summary>
public static class SearchWords
{
    /// <summary>How many characters a stem has, counting a surrogate pair as one (as shard names count them).</summary>
    public static int Length(string stem)
    {
        var length = 0;
        for (var i = 0; i < stem.Length; i++, length++)
        {
            if (char.IsHighSurrogate(stem[i]) && i + 1 < stem.Length)
            {
                i++;
            }
        }
        return length;
    }

    /// <summary>Calls <paramref name="word"/> with each word of <paramref name="text"/>, lower-cased, in order.</summary>
    public static void Each(ReadOnlySpan<char> text, Action<string> word) => Each(text, (ReadOnlySpan<char> w) => word(w.ToString()));

    /// <summary>
    /// Calls <paramref name="word"/> with each word of <paramref name="text"/>, lower-cased, in order: a span valid
    /// only during the call (the build's words are looked up, not kept, so most cost no allocation).
    /// </summary>
    public static void Each(ReadOnlySpan<char> text, Action<ReadOnlySpan<char>> word)
    {
        Span<char> lower = stackalloc char[64];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text, i);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var found = text[start..i];
                if (!NeedsLowering(found))
                {
                    word(found);
                }
                else if (found.Length <= lower.Length)
                {
                    var length = found.ToLowerInvariant(lower);
                    word(lower[..length]);
                }
                else
                {
                    word(found.ToString().ToLowerInvariant());
                }
                start = -1;
            }
            if (inWord && char.IsHighSurrogate(text[i]))
            {
                i++; // the pair is one letter
            }
        }
    }

    /// <summary>The words of <paramref name="text"/>, lower-cased, in order.</summary>
    public static List<string> Of(string? text)
    {
        var words = new List<string>();
        Each(text, words.Add);
        return words;
    }

    /// <summary>
    /// The name of the shard of the first <paramref name="length"/> characters of a stem: ASCII letters and digits as
    /// they are and any other character as '_' and its code point in hex, so shard names are safe file names on every
    /// host. The index starts from two characters and splits a shard that grows too big by a third, and so on
    /// (<see cref="SearchIndex"/>); a stem is in the shard of its longest prefix that has one.
    /// </summary>
    public static string ShardOf(string stem, int length = 2)
    {
        var key = new StringBuilder(length * 2);
        var taken = 0;
        for (var i = 0; i < stem.Length && taken < length; i++, taken++)
        {
            var c = stem[i];
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                key.Append(c);
            }
            else
            {
                var codePoint = char.IsHighSurrogate(c) && i + 1 < stem.Length ? char.ConvertToUtf32(c, stem[++i]) : c;
                key.Append('_').Append(codePoint.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return key.ToString();
    }

    private static bool IsWordChar(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c);
        }
        if (char.IsHighSurrogate(c) && i + 1 < text.Length)
        {
            var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1]));
            return category <= System.Globalization.UnicodeCategory.OtherLetter
                || category == System.Globalization.UnicodeCategory.DecimalDigitNumber;
        }
        var unicode = char.GetUnicodeCategory(c);
        return unicode <= System.Globalization.UnicodeCategory.OtherLetter || unicode == System.Globalization.UnicodeCategory.DecimalDigitNumber;
    }

    private static bool NeedsLowering(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c >= 128 || char.IsAsciiLetterUpper(c))
            {
                return true;
            }
        }
        return false;
    }
}
