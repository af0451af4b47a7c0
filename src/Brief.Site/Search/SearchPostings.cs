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

    /// <summary>
    /// The postings of <paramref name="entries"/>, page N being <c>entries[N]</c>. Each core merges a run of pages, and
    /// the runs are joined in page order, so every list stays ascending.
    /// </summary>
    public static SearchPostings Of(IReadOnlyList<SearchEntry> entries)
    {
        var runs = Math.Max(1, Math.Min(Environment.ProcessorCount, entries.Count / 256));
        var parts = Brief.Core.Modules.Parallelism.Map(Enumerable.Range(0, runs).ToArray(),
            run => Merge(entries, entries.Count * run / runs, entries.Count * (run + 1) / runs));
        var postings = parts[0];
        foreach (var part in parts.Skip(1))
        {
            Join(postings.Stems, part.Stems);
            Join(postings.Names, part.Names);
        }
        return postings;
    }

    private static SearchPostings Merge(IReadOnlyList<SearchEntry> entries, int from, int to)
    {
        var postings = new SearchPostings();
        for (var number = from; number < to; number++)
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

    private static void Join(Dictionary<string, List<int>> into, Dictionary<string, List<int>> later)
    {
        foreach (var (key, list) in later)
        {
            ListOf(into, key).AddRange(list);
        }
    }

    private static List<int> ListOf(Dictionary<string, List<int>> lists, string key)
    {
        ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(lists, key, out _);
        return list ??= [];
    }
}
