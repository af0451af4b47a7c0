namespace Brief.Markdown.Glossary;

/// <summary>One surface form of a glossary term ("SOFA", "SOFAs", "Status of Forces Agreement").</summary>
public sealed record TermForm(string Text, string TermId, bool CaseSensitive)
{
    /// <summary>Acronyms (capitals and digits, no lower-case letters) match case-sensitively; other terms do not.</summary>
    public static bool IsAcronym(string text) => text.Any(char.IsUpper) && !text.Any(char.IsLower);

    /// <summary>The forms of a term: its display form and aliases, each with its plural.</summary>
    public static IEnumerable<TermForm> For(string termId, string term, IEnumerable<string> aliases)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in aliases.Prepend(term).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()))
        {
            foreach (var form in new[] { text, Plural(text) })
            {
                if (seen.Add(form))
                {
                    yield return new TermForm(form, termId, IsAcronym(text));
                }
            }
        }
    }

    /// <summary>English plural of the last word: SOFA → SOFAs, finding → findings, policy → policies, AUMF → AUMFs.</summary>
    public static string Plural(string text)
    {
        if (IsAcronym(text))
        {
            return char.IsLetterOrDigit(text[^1]) ? text + "s" : text;
        }
        var lower = text.ToLowerInvariant();
        if (lower.EndsWith('y') && lower.Length > 1 && !"aeiou".Contains(lower[^2]))
        {
            return text[..^1] + "ies";
        }
        if (lower.EndsWith('s') || lower.EndsWith('x') || lower.EndsWith('z') || lower.EndsWith("ch") || lower.EndsWith("sh"))
        {
            return text + "es";
        }
        return char.IsLetter(text[^1]) ? text + "s" : text;
    }
}
