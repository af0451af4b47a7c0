namespace Brief.Site.Search;

/// <summary>
/// What the shards of the search index hold, merged from the entries of every page (numbered in order): each stem's
/// postings and each glossary name's pages.
/// </summary>
internal sealed class SearchPostings
{
    /// <summary>Each stem's postings in pairs, page number then weight, page numbers ascending.</summary>
    public Dictionary<string, List<int>> Stems { get; } = new(StringComparer.Ordinal);

    /// <summary>The pages of each name that is a page's own (a glossary term's term, expansion and aliases), ascending.</summary>
    public Dictionary<string, List<int>> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>The postings of <paramref name="entries"/>, page N being <c>entries[N]</c>.</summary>
    public static SearchPostings Of(IReadOnlyList<SearchEntry> entries)
    {
        var postings = new SearchPostings();
        for (var number = 0; number < entries.Count; number++)
        {
            foreach (var (stem, weight) in entries[number].Stems)
            {
                var list = ListOf(postings.Stems, stem);
                list.Add(number);
                list.Add(weight);
            }
            foreach (var name in entries[number].Names)
            {
                ListOf(postings.Names, name).Add(number);
            }
        }
        return postings;
    }

    private static List<int> ListOf(Dictionary<string, List<int>> lists, string key)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }
        return list;
    }
}
