namespace Brief.Markdown.Glossary;

/// <summary>
/// Finds glossary terms in running text in one pass: a trie over every surface form (case-folded), walked from
/// each word start, keeping the longest form that ends on a word boundary and matches its case rule.
/// Cost is linear in the text times the longest form, whatever the number of terms.
/// </summary>
public sealed class TermMatcher
{
    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public List<TermForm>? Forms;
    }

    private readonly Node _root = new();

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
        }
    }

    public readonly record struct Match(int Start, int Length, string TermId);

    public List<Match> Matches(ReadOnlySpan<char> text)
    {
        var matches = new List<Match>();
        var i = 0;
        while (i < text.Length)
        {
            if (i > 0 && IsWord(text[i - 1]) || !IsWord(text[i]))
            {
                i++;
                continue;
            }
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
            if (bestTerm is null)
            {
                i++;
                continue;
            }
            matches.Add(new Match(i, bestEnd - i, bestTerm));
            i = bestEnd;
        }
        return matches;
    }

    private static bool IsWord(char c) => char.IsLetterOrDigit(c);

    private static char Fold(char c) => char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c);
}
