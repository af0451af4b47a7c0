namespace Brief.Markdown.Glossary;

/// <summary>
/// Finds glossary terms in running text in one pass: a trie over every surface form (case-folded), walked from
/// each word start, keeping the longest form that ends on a word boundary and matches its case rule.
/// Cost is linear in the text times the longest form, whatever the number of terms.
/// </summary>
/// <remarks>
/// Most words begin no term. A table of the pairs of ASCII characters that forms begin with turns them away before
/// the trie is walked (one dictionary lookup per character), and the rest of such a word is skipped in one step.
/// </remarks>
public sealed class TermMatcher
{
    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public List<TermForm>? Forms;
    }

    private readonly Node _root = new();

    /// <summary>
    /// Bit <c>128 * first + second</c>: some form begins with those two ASCII characters, folded if the form ignores
    /// case, as written if it does not (an acronym: "ISR" begins no word "is").
    /// </summary>
    private readonly ulong[] _pairs = new ulong[128 * 128 / 64];

    /// <summary>Some form is one folded ASCII character long, so any second character may follow.</summary>
    private readonly bool[] _single = new bool[128];

    public TermMatcher(IEnumerable<TermForm> forms)
    {
        foreach (var form in forms)
        {
            var node = _root;
            foreach (var c in form.Text)
            {
                node.Children ??= [];
                var key = Fold(c);
                if (!node.Children.TryGetValue(key, out var next))
                {
                    node.Children[key] = next = new Node();
                }
                node = next;
            }
            (node.Forms ??= []).Add(form);
            if (form.Text.Length == 1 && Fold(form.Text[0]) is < (char)128 and var only)
            {
                _single[only] = true;
            }
            else if (form.Text.Length > 1 && Key(form.Text[0], form.CaseSensitive) is < (char)128 and var first
                && Key(form.Text[1], form.CaseSensitive) is < (char)128 and var second)
            {
                _pairs[(first * 128 + second) >> 6] |= 1UL << ((first * 128 + second) & 63);
            }
        }
    }

    public readonly record struct Match(int Start, int Length, string TermId);

    /// <summary>The terms in <paramref name="text"/>, in order and not overlapping.</summary>
    public IReadOnlyList<Match> Matches(ReadOnlySpan<char> text)
    {
        List<Match>? matches = null;
        var i = 0;
        while (true)
        {
            while (i < text.Length && !IsWord(text[i]))
            {
                i++;
            }
            if (i == text.Length)
            {
                break;
            }
            // text[i] starts a word: the text began here, or a non-word character or the end of a term came before
            var (end, termId) = MayBegin(text, i) ? Longest(text, i) : (-1, null);
            if (termId is null)
            {
                do
                {
                    i++;
                }
                while (i < text.Length && IsWord(text[i]));
                continue;
            }
            (matches ??= []).Add(new Match(i, end - i, termId));
            i = end;
        }
        return matches ?? (IReadOnlyList<Match>)[];
    }

    /// <summary>
    /// Whether a form may begin at <paramref name="i"/>, judged by its first two characters; characters outside ASCII
    /// are not in the tables, so they always may.
    /// </summary>
    private bool MayBegin(ReadOnlySpan<char> text, int i)
    {
        var first = text[i];
        if (first >= 128 || _single[Fold(first)])
        {
            return true;
        }
        if (i + 1 == text.Length)
        {
            return false;
        }
        var second = text[i + 1];
        return second >= 128 || Has(Fold(first), Fold(second)) || Has(first, second);
    }

    private bool Has(char first, char second)
    {
        var bit = first * 128 + second;
        return (_pairs[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>A character as the pair table keeps it: as written for a form that keeps case, folded otherwise.</summary>
    private static char Key(char c, bool caseSensitive) => caseSensitive ? c : Fold(c);

    /// <summary>The end and term of the longest form that begins at <paramref name="i"/> and ends a word, if any.</summary>
    private (int End, string? TermId) Longest(ReadOnlySpan<char> text, int i)
    {
        var node = _root;
        var bestEnd = -1;
        string? bestTerm = null;
        for (var j = i; j < text.Length && node.Children is not null && node.Children.TryGetValue(Fold(text[j]), out var next); j++)
        {
            node = next;
            var end = j + 1;
            if (node.Forms is null || (end < text.Length && IsWord(text[end]) && IsWord(text[j])))
            {
                continue;
            }
            foreach (var form in node.Forms)
            {
                if (!form.CaseSensitive || text[i..end].SequenceEqual(form.Text))
                {
                    (bestEnd, bestTerm) = (end, form.TermId);
                    break;
                }
            }
        }
        return (bestEnd, bestTerm);
    }

    private static bool IsWord(char c) => char.IsLetterOrDigit(c);

    private static char Fold(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        (>= 'a' and <= 'z') or (>= '0' and <= '9') => c,
        _ => char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c),
    };
}
