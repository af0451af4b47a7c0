using static Brief.Corpus.Vocabulary;

namespace Brief.Corpus;

/// <summary>Filler prose with glossary terms in it, and the slug and heading-id rules of the contract.</summary>
public static class Text
{
    /// <summary>Every form a page may mention in running text (aliases ending in '.' would collide with a full stop).</summary>
    private static readonly string[] Mentions =
        [.. Terms.SelectMany(t => t.Aliases.Where(a => !a.EndsWith('.')).Prepend(t.Display))];

    /// <summary>An id: lower case, runs of anything else than letters and digits turned into one hyphen.</summary>
    public static string Slug(string text) =>
        string.Join('-', new string([.. text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A heading's anchor, GitHub style: lower case, spaces to hyphens, other punctuation dropped.</summary>
    public static string Anchor(string heading) =>
        string.Concat(heading.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_').Select(c => c == ' ' ? '-' : char.ToLowerInvariant(c)));

    /// <summary>A YAML double-quoted scalar.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    public static string Words(Rng r, int n, double domainShare = 0.3) =>
        string.Join(' ', Enumerable.Range(0, n).Select(_ => r.Chance(domainShare) ? r.Pick(Domain) : r.Pick(Lorem)));

    /// <summary>A sentence of about n words; with probability termShare one of them is a glossary term.</summary>
    public static string Sentence(Rng r, int n, double termShare = 0.2)
    {
        var words = Words(r, n).Split(' ');
        if (n > 4 && r.Chance(termShare))
        {
            words[r.Between(1, n - 2)] = r.Pick(MentionLeads) + " " + r.Pick(Mentions);
        }
        return Capitalize(string.Join(' ', words)) + ".";
    }

    public static int Count(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Sentences totalling about budget words, with every link of the queue spliced in after a lead-in.</summary>
    public static string Paragraph(Rng r, int budget, Queue<string> links)
    {
        var sentences = new List<string>();
        var count = 0;
        while (count < budget || links.Count > 0)
        {
            var room = budget - count;
            var sentence = Sentence(r, Math.Max(5, Math.Min(r.Between(8, 20), room)));
            if (links.Count > 0 && (room < 20 || r.Chance(0.35)))
            {
                sentence += $" {r.Pick(LinkLeads)} {links.Dequeue()}.";
            }
            sentences.Add(sentence);
            count += Count(sentence);
        }
        return string.Join(' ', sentences);
    }

    public static string BulletList(Rng r) => string.Join('\n', Enumerable.Range(0, r.Between(3, 6)).Select(_ => "- " + Sentence(r, r.Between(5, 12), 0.3)[..^1]));

    public static string Table(Rng r) =>
        "| Factor | Assessment | Confidence |\n| --- | --- | :---: |\n" + string.Join('\n', Enumerable.Range(0, r.Between(3, 5)).Select(_ =>
            $"| {Capitalize(Words(r, r.Between(1, 3), 0.8))} | {Sentence(r, r.Between(4, 9))[..^1]} | {r.Pick(["low", "moderate", "high"])} |"));

    /// <summary>A quotation with its attribution, as the editor guide writes one.</summary>
    public static string Quotation(Rng r, Source who) =>
        $"> \"{Sentence(r, r.Between(12, 24), 0.5)} {Sentence(r, r.Between(6, 14), 0)}\"\n>\n> \u2014 {who.Name}, {who.Role}";

    public static string CodeBlock(Rng r, string id) =>
        $"```yaml\nid: {id}\nrisk: {r.Pick(Schemas.Levels)}\nnotify_within_hours: {r.Pick([24, 48, 72])}\napprovals:\n"
        + string.Concat(r.Sample(["legal", "policy", "comptroller", "embassy", "combatant-command"], r.Between(2, 4)).Select(a => $"  - {a}\n"))
        + $"glossary: [{r.Pick(Terms).Display}, {r.Pick(Terms).Display}]\n```";
}

/// <summary>The contract's value sets the option cards draw from.</summary>
public static class Schemas
{
    public static readonly string[] Levels = ["low", "medium", "high"];
    public static readonly string[] Congress = ["none", "notify", "authorize"];
    public static readonly string[] Consent = ["required", "preferred", "not-required"];
    public static readonly string[] Duration = ["one-off", "limited", "sustained"];
}
