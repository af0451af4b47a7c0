namespace Brief.Site.Search;

/// <summary>
/// A shard of the search index: its key (the name of the stem prefix it holds, see <see cref="SearchWords.ShardOf"/>),
/// its stems and the names kept with it (those whose first word's stem it holds), both in no particular order.
/// </summary>
internal sealed record SearchShard(string Key, IReadOnlyList<string> Stems, IReadOnlyList<string> Names);
