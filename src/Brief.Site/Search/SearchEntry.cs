using System.Collections.Immutable;
using Brief.Content.Model;
using Brief.Markdown.Parsing;
using Brief.Site.Model;

namespace Brief.Site.Search;

/// <summary>
/// One page as the search index holds it: where it is (a site path, e.g. "options/raid/" or "timeline/#id"), its
/// title and type, its summary and body text (for excerpts and phrase checks), the names that are its own (a
/// glossary term's term, expansion and aliases) and its weighted stems. Made once per document and kept while the
/// document and the glossary are unchanged.
/// </summary>
public sealed record SearchEntry(string Path, string Title, string Type, string? Summary, SearchText Body,
    ImmutableArray<string> Names, ImmutableArray<KeyValuePair<string, int>> Stems)
{
    /// <summary>The types a reader can narrow a search to, in the order the search page offers them.</summary>
    public static readonly ImmutableArray<string> Types = ["Explainer", "Option", "Term", "Source", "Event", "Page", "Memo"];

    // How much a word counts where it stands: a page's own names and title most, then its summary, then the body.
    private const int NameWeight = 12;
    private const int TitleWeight = 8;
    private const int SummaryWeight = 3;
    private const int UsedTermWeight = 2;
    private const int BodyWeight = 1;

    public static string TypeOf(ContentKind kind) => kind switch
    {
        ContentKind.Explainer => "Explainer",
        ContentKind.Option => "Option",
        ContentKind.Term => "Term",
        ContentKind.Source => "Source",
        ContentKind.Event => "Event",
        ContentKind.Memo => "Memo",
        _ => "Page",
    };

    /// <summary>
    /// The entry of <paramref name="item"/>, whose body has the search text <paramref name="body"/> and uses the
    /// glossary terms <paramref name="usedTerms"/>: a page that says "SOFA" is also found by "Status of Forces Agreement".
    /// </summary>
    public static SearchEntry Of(ContentItem item, SearchText body, IEnumerable<string> usedTerms, Catalog catalog)
    {
        var names = item is GlossaryTerm term
            ? [term.Term, .. term.Expansion is { } expansion ? [expansion] : Array.Empty<string>(), .. term.Aliases]
            : ImmutableArray<string>.Empty;
        var title = item is SourceEntry source && source.Role is { } role ? $"{item.Title} ({role})" : item.Title;
        var stems = StemCounter.ForThisThread();
        stems.Begin();
        foreach (var name in names)
        {
            stems.Add(name, NameWeight, once: true);
        }
        stems.Add(title, TitleWeight, once: true);
        stems.Add(item.Summary, SummaryWeight, once: true);
        foreach (var id in usedTerms)
        {
            if (id != item.Id && catalog.Items.GetValueOrDefault(id) is GlossaryTerm used)
            {
                stems.Add(string.Join(' ', [used.Term, used.Expansion, .. used.Aliases]), UsedTermWeight, once: true);
            }
        }
        stems.Add(body.Text, BodyWeight, once: false);
        var sorted = stems.Finish();
        return new SearchEntry(Urls.PathOf(item), title, TypeOf(item.Kind), item.Summary, body,
            [.. names.Select(NameKey).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)], [.. sorted]);
    }

    /// <summary>A name as the index looks it up: its words, lower-cased, one space apart ("status of forces agreement").</summary>
    public static string NameKey(string name) => string.Join(' ', SearchWords.Of(name));
}
