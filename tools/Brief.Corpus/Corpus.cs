using System.Globalization;
using System.Text;
using static Brief.Corpus.Text;
using static Brief.Corpus.Vocabulary;

namespace Brief.Corpus;

/// <summary>
/// The files of a synthetic briefing of n pages (explainers and options) per shared/spec/briefing-site.md. Each file
/// draws from its own random stream, so any one of them (a link target's title or headings, say) can be recomputed.
/// </summary>
public sealed class Corpus(ulong seed, int n)
{
    private readonly int _explainers = (n + 1) / 2;
    private readonly int _options = n / 2;
    private static readonly string[] EventIds = [.. Enumerable.Range(0, 20).Select(k => $"{Slug(EventKinds[k % 10])}-{1999 + k}")];
    private static readonly Source[] People = [.. Sources.Where(s => s.Kind == "person")];

    /// <summary>Every file: its path under content/ and a function that writes it. n ≥ 2, so there is an option.</summary>
    public IEnumerable<(string Path, Func<string> Make)> Files()
    {
        yield return ("site.yml", () => "title: \"Synthetic briefing\"\nsubtitle: \"Security cooperation options, generated\"\n"
            + "description: \"A deterministic synthetic briefing for benchmarks.\"\nas_of: 2026-11-23\nmarking: \"UNCLASSIFIED // SYNTHETIC\"\nlanguage: en\n"
            + "acronyms: [UN]  # in \"UN Charter\", which readers need no entry for\n");
        yield return ("index.md", Home);
        for (var i = 0; i < _explainers; i++)
        {
            var k = i;
            yield return ($"explainers/{Id("explainer", k)}.md", () => Explainer(k));
        }
        for (var i = 0; i < _options; i++)
        {
            var k = i;
            yield return ($"options/{Id("option", k)}.md", () => Option(k));
        }
        for (var i = 0; i < Terms.Length; i++)
        {
            var k = i;
            yield return ($"glossary/{Terms[k].Id}.md", () => Glossary(k));
        }
        for (var i = 0; i < Sources.Length; i++)
        {
            var k = i;
            yield return ($"sources/{Sources[k].Id}.md", () => SourcePage(k));
        }
        for (var i = 0; i < EventIds.Length; i++)
        {
            var k = i;
            yield return ($"timeline/{EventIds[k]}.md", () => Event(k));
        }
    }

    private static string Id(string kind, int i) => $"{kind}-{i:D5}";

    private static string Date(Rng r) => new DateOnly(2019, 1, 1).AddDays(r.Below(2000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Title(string kind, int i)
    {
        var r = Rng.For(seed, "title-" + kind, i);
        return $"{Capitalize(kind)} {i:D5}: {Capitalize(r.Pick(Topics))} {r.Pick(Regions)}";
    }

    private IReadOnlyList<string> Headings(string kind, int i)
    {
        if (kind == "option")
        {
            return OptionHeadings;
        }
        var r = Rng.For(seed, "headings", i);
        return r.Sample(ExplainerHeadings, r.Between(4, 8));
    }

    /// <summary>A link to another explainer or option, sometimes to one of its headings.</summary>
    private string PageLink(Rng r, string kind, int i, string from)
    {
        var anchor = r.Chance(0.35) ? "#" + Anchor(r.Pick(Headings(kind, i))) : "";
        return $"[{Title(kind, i).Split(": ")[1].ToLowerInvariant()}]({from}{kind}s/{Id(kind, i)}.md{anchor})";
    }

    private static string EventLink(int k, string from) => $"[{EventKinds[k % 10].ToLowerInvariant()} in {1999 + k}]({from}timeline/{EventIds[k]}.md)";

    private List<string> Links(Rng r, string kind, int i)
    {
        var links = new List<string>();
        var seen = new HashSet<(string, int)> { (kind, i) };
        var count = r.Between(3, 6);
        for (var tries = 0; links.Count < count && tries < 100; tries++)
        {
            var (k, j) = r.Chance(0.5) ? ("explainer", r.Below(_explainers)) : ("option", r.Below(_options));
            if (seen.Add((k, j)))
            {
                links.Add(PageLink(r, k, j, "../"));
            }
        }
        if (r.Chance(0.3))
        {
            links.Add(EventLink(r.Below(EventIds.Length), "../"));
        }
        if (r.Chance(0.2))
        {
            var source = r.Pick(Sources);
            links.Add($"[{source.Name}](../sources/{source.Id}.md)");
        }
        return links;
    }

    private static string FrontMatter(params IEnumerable<string?> lines) => "---\n" + string.Concat(lines.OfType<string>().Select(l => l + "\n")) + "---\n\n";

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";

    private (Source Quoted, string Sources) PageSources(Rng r)
    {
        var quoted = r.Pick(People);
        return (quoted, List(r.Sample(Sources, r.Between(0, 2)).Prepend(quoted).Distinct().Select(s => s.Id)));
    }

    /// <summary>Sections of filler prose (600–1500 words in all) holding the links, a list, a table, a quotation and on every
    /// tenth page a code block; leads[s] opens section s.</summary>
    private static string Body(Rng r, IReadOnlyList<string> headings, List<string> links, Source quoted, string? code, Dictionary<int, string>? leads = null)
    {
        var sections = headings.Count;
        var target = r.Between(600, 1500);
        string[] blocks = [BulletList(r), Table(r), Quotation(r, quoted), .. code is null ? Array.Empty<string>() : [code]];
        var at = blocks.Select(_ => r.Below(sections)).ToArray();
        var perSection = Math.Max(200, target - blocks.Take(3).Sum(Count) - (leads?.Values.Sum(Count) ?? 0)) / sections;
        var slots = Enumerable.Range(0, sections).Select(_ => new Queue<string>()).ToArray();
        foreach (var link in links)
        {
            slots[r.Below(sections)].Enqueue(link);
        }
        var body = new List<string>();
        for (var s = 0; s < sections; s++)
        {
            body.Add("## " + headings[s]);
            if (leads?.GetValueOrDefault(s) is { } lead)
            {
                body.Add(lead);
            }
            var paragraphs = r.Between(1, 3);
            for (var p = 0; p < paragraphs; p++)
            {
                body.Add(Paragraph(r, Math.Max(20, perSection / paragraphs), p == paragraphs - 1 ? slots[s] : new Queue<string>()));
            }
            body.AddRange(blocks.Where((_, b) => at[b] == s));
        }
        return string.Join("\n\n", body) + "\n";
    }

    private string Home()
    {
        var r = Rng.For(seed, "home", 0);
        var bluf = string.Join('\n', Enumerable.Range(0, 4).Select(_ => $"- **{Sentence(r, r.Between(5, 9), 0)}** {Sentence(r, r.Between(15, 30), 0.8)}"));
        var start = string.Join(", ", Enumerable.Range(0, Math.Min(_options, 3)).Select(j => PageLink(r, "option", j, "")));
        return FrontMatter("title: \"Synthetic briefing\"") + "## Bottom line up front\n\n" + bluf + "\n\n## How to use this site\n\n"
            + $"- **Start with the options**, for example {start}. Each card has the same six sections and feeds the comparison matrix.\n"
            + $"- **Use the explainers for background**, starting with {PageLink(r, "explainer", 0, "")}.\n"
            + $"- **Check the timeline** for precedents, such as the {EventLink(0, "")}.\n"
            + $"- **Check attribution in the sources**, for example the [{Sources[^1].Name}](sources/{Sources[^1].Id}.md).\n";
    }

    private string Explainer(int i)
    {
        var r = Rng.For(seed, "explainer", i);
        var (quoted, sources) = PageSources(r);
        return FrontMatter($"title: {Quote(Title("explainer", i))}", $"summary: {Quote(Sentence(r, r.Between(14, 26), 0.5))}",
                $"tags: {List(r.Sample(Tags, r.Between(2, 5)))}", $"sources: {sources}", $"reviewed: {Date(r)}")
            + Body(r, Headings("explainer", i), Links(r, "explainer", i), quoted, i % 10 == 0 ? CodeBlock(r, Id("explainer", i)) : null);
    }

    private string Option(int i)
    {
        var r = Rng.For(seed, "option", i);
        var (quoted, sources) = PageSources(r);
        var authorities = r.Sample(LegalTermIds, r.Between(1, 3));
        if (r.Chance(0.5))
        {
            // Authorities are a small set, as in a real briefing: the legal terms and the first few explainers. (The options
            // page tabulates authorities × options, so thousands of distinct authorities would make it quadratic.)
            authorities.Add(Id("explainer", r.Below(Math.Min(_explainers, 8))));
        }
        var events = r.Sample(Enumerable.Range(0, EventIds.Length).ToArray(), r.Between(0, 2));
        var precedents = events.Select(k => EventIds[k]).Concat(r.Sample(Precedents, r.Between(1, 2)).Select(Quote));
        var legal = string.Join('\n', authorities.Select(a => Terms.FirstOrDefault(t => t.Id == a) is { } t
            ? $"- [{t.Display}](../glossary/{a}.md): {Sentence(r, r.Between(8, 16), 0)}"
            : $"- [{Title("explainer", int.Parse(a[10..], CultureInfo.InvariantCulture))}](../explainers/{a}.md): {Sentence(r, r.Between(8, 16), 0)}"));
        var earlier = events.Count == 0 ? "No dated event is a close precedent." : "Dated precedents: " + string.Join(", ", events.Select(k => EventLink(k, "../"))) + ".";
        return FrontMatter($"title: {Quote(Title("option", i))}", $"summary: {Quote(Sentence(r, r.Between(14, 26), 0.5))}",
                $"tags: {List(r.Sample(Tags, r.Between(2, 5)))}", $"sources: {sources}", $"reviewed: {Date(r)}",
                i % 7 == 0 ? $"order: {i / 7}" : null,
                $"authorities: {List(authorities)}", $"congress: {r.Pick(Schemas.Congress)}", $"host_nation_consent: {r.Pick(Schemas.Consent)}",
                "risk:", $"  forces: {r.Pick(Schemas.Levels)}", $"  escalation: {r.Pick(Schemas.Levels)}", $"  diplomatic: {r.Pick(Schemas.Levels)}",
                $"intelligence_yield: {r.Pick(Schemas.Levels)}", $"duration: {r.Pick(Schemas.Duration)}", $"precedents: {List(precedents)}")
            + Body(r, OptionHeadings, Links(r, "option", i), quoted, i % 10 == 0 ? CodeBlock(r, Id("option", i)) : null,
                new() { [1] = legal, [4] = earlier });
    }

    private string Glossary(int k)
    {
        var r = Rng.For(seed, "glossary", k);
        var term = Terms[k];
        var body = new StringBuilder();
        body.Append(Capitalize(term.Expansion ?? term.Display)).Append(": ").Append(Sentence(r, r.Between(12, 24), 0)[..^1].ToLowerInvariant()).Append(". ")
            .Append(Sentence(r, r.Between(8, 16), 0)).Append("\n\n").Append(Paragraph(r, r.Between(40, 90), new Queue<string>())).Append("\n\n## Used in\n\n");
        foreach (var kind in new[] { "explainer", "option" })
        {
            var j = r.Below(kind == "explainer" ? _explainers : _options);
            body.Append($"- [{Title(kind, j)}](../{kind}s/{Id(kind, j)}.md)\n");
        }
        return FrontMatter($"term: {Quote(term.Display)}", term.Expansion is null ? null : $"expansion: {Quote(term.Expansion)}",
            term.Aliases.Length == 0 ? null : $"aliases: {List(term.Aliases.Select(Quote))}", $"tags: {List(r.Sample(Tags, 2))}") + body;
    }

    private string SourcePage(int k)
    {
        var r = Rng.For(seed, "source", k);
        var s = Sources[k];
        var quote = s.Kind == "person" ? $"\n\n> \"{Sentence(r, r.Between(12, 22), 0.5)}\"" : "";
        return FrontMatter($"kind: {s.Kind}", $"name: {Quote(s.Name)}", s.Role is null ? null : $"role: {Quote(s.Role)}",
                s.Kind == "document" ? $"date: {Date(r)}" : null)
            + $"{s.Name} is cited across this synthetic briefing. {Paragraph(r, r.Between(30, 60), new Queue<string>())}{quote}\n"
            // Not the contract's url field: to Hugo, front matter 'url' is the page's own address.
            + (s.Kind == "person" ? "" : $"\nRead it at [example.invalid](https://example.invalid/{s.Id}).\n");
    }

    private string Event(int k)
    {
        var r = Rng.For(seed, "event", k);
        var date = (k % 5) switch { 3 => $"\"{1999 + k}-{1 + k % 12:D2}\"", 4 => $"\"{1999 + k}\"", _ => $"{1999 + k}-{1 + k % 12:D2}-{1 + r.Below(28):D2}" };
        var earlier = k == 0 ? "" : $" It followed the [{EventKinds[(k - 1) % 10].ToLowerInvariant()}]({EventIds[k - 1]}.md).";
        return FrontMatter($"date: {date}", $"title: {Quote($"{EventKinds[k % 10]} {Regions[k * 3 % 10]}")}", $"sources: {List([r.Pick(Sources).Id])}")
            + Paragraph(r, r.Between(25, 60), new Queue<string>()) + earlier + "\n";
    }
}
