namespace Brief.Site.Search;

/// <summary>
/// Which shard holds which stems and names. Stems are grouped by their first two characters, and a group bigger
/// than about <see cref="ShardSize"/> bytes by one more character, again and again (a stem no longer than its
/// group's name stays in it); so every stem is in the shard named by its longest prefix that names one, and
/// search.js finds it the same way.
/// </summary>
internal static class SearchShards
{
    /// <summary>About how big a shard may grow (before compression) before it is split: a query downloads one per word.</summary>
    private const int ShardSize = 48 * 1024;

    /// <summary>The shards of <paramref name="postings"/>, in ordinal order of their keys.</summary>
    public static IReadOnlyList<SearchShard> Of(SearchPostings postings)
    {
        var stems = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        Place(postings.Stems.Keys, 2, postings.Stems, stems);
        var names = postings.Names.Keys.ToLookup(name => KeyOf(Stemmer.Stem(name.Split(' ')[0]), stems), StringComparer.Ordinal);
        return [.. stems.Select(shard => new SearchShard(shard.Key, shard.Value, [.. names[shard.Key]]))];
    }

    /// <summary>Puts <paramref name="stems"/> into shards named by their first <paramref name="length"/> characters, or more where a shard would be
    /// too big.</summary>
    private static void Place(
        IEnumerable<string> stems, int length, Dictionary<string, List<int>> postings, SortedDictionary<string, List<string>> shards)
    {
        foreach (var group in stems.GroupBy(stem => SearchWords.ShardOf(stem, length), StringComparer.Ordinal))
        {
            var size = group.Sum(stem => stem.Length + 6 + postings[stem].Count * 4);
            var longer = group.Where(stem => SearchWords.Length(stem) > length).ToList();
            if (size <= ShardSize || longer.Count == 0)
            {
                shards[group.Key] = [.. group];
                continue;
            }
            var here = group.Where(stem => SearchWords.Length(stem) <= length).ToList();
            if (here.Count > 0)
            {
                shards[group.Key] = here;
            }
            Place(longer, length + 1, postings, shards);
        }
    }

    /// <summary>The shard a stem is in: the one named by its longest prefix (search.js looks it up the same way).</summary>
    private static string KeyOf(string stem, SortedDictionary<string, List<string>> shards)
    {
        for (var length = SearchWords.Length(stem); length > 0; length--)
        {
            var key = SearchWords.ShardOf(stem, length);
            if (shards.ContainsKey(key))
            {
                return key;
            }
        }
        throw new InvalidOperationException($"no shard holds '{stem}'");
    }
}
