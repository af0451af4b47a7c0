using System.Text;
using System.Text.Json;
using Brief.Markdown.Parsing;
using Brief.Site.Search;

namespace Brief.Tests.Site.Search;

/// <summary>The search index's files: every stem in the shard its longest prefix names, big shards split, pages numbered in order.</summary>
public sealed class SearchIndexTests
{
    private static SearchEntry Entry(int number, params string[] stems) =>
        new($"explainers/page-{number}/", $"Page {number}", "Explainer", null, SearchText.Empty, number == 7 ? ["status of forces agreement"] : [],
            [.. stems.Distinct().Order(StringComparer.Ordinal).Select(s => KeyValuePair.Create(s, 1 + number % 3))]);

    private static (string Name, JsonElement Data) Read(SearchFile file)
    {
        var text = Encoding.UTF8.GetString(file.Utf8);
        Assert.StartsWith("briefSearch.loaded(\"", text);
        Assert.EndsWith(");\n", text);
        var comma = text.IndexOf("\",", StringComparison.Ordinal);
        return (text["briefSearch.loaded(\"".Length..comma], JsonDocument.Parse(text[(comma + 2)..^3]).RootElement);
    }

    [Fact]
    public void A_shard_too_big_is_split_by_a_longer_prefix_and_every_stem_is_where_its_longest_prefix_says()
    {
        var entries = Enumerable.Range(0, 3000)
            .Select(i => Entry(i, "co", "control", "contact", "cat", "c", "status", $"conf{i % 400}", $"cor{i % 300}")).ToList();

        var files = SearchIndex.Build(entries);

        var shards = files.Where(f => f.Path.StartsWith("search/t/", StringComparison.Ordinal)).Select(Read)
            .ToDictionary(s => s.Name[2..], s => s.Data);
        var index = Read(files.Single(f => f.Path == "search/index.js")).Data;
        Assert.Equal(3000, index.GetProperty("pages").GetInt32());
        Assert.Equal(new string('0', 3000), index.GetProperty("kinds").GetString());
        Assert.Equal(shards.Keys.Order(StringComparer.Ordinal), index.GetProperty("shards").EnumerateArray().Select(k => k.GetString()!));
        Assert.Contains("co", shards.Keys); // "co" itself stays where the split began
        Assert.Contains(shards.Keys, k => k.Length >= 3 && k.StartsWith("co", StringComparison.Ordinal));
        Assert.All(files.Where(f => f.Path.StartsWith("search/t/", StringComparison.Ordinal)), f =>
            Assert.True(f.Utf8.Length < 64 * 1024, $"{f.Path}: {f.Utf8.Length} bytes"));
        foreach (var (key, data) in shards)
        {
            foreach (var stem in data.GetProperty("w").EnumerateObject())
            {
                var longest = Enumerable.Range(1, stem.Name.Length).Select(n => SearchWords.ShardOf(stem.Name, n)).Last(shards.ContainsKey);
                Assert.Equal(longest, key);
            }
        }
        // postings are page gaps and weights
        var control = shards.Single(s => s.Value.GetProperty("w").TryGetProperty("control", out _)).Value.GetProperty("w").GetProperty("control");
        var numbers = control.EnumerateArray().Select(n => n.GetInt32()).ToList();
        Assert.Equal(6000, numbers.Count);
        Assert.Equal([0, 1, 1, 2, 1, 3, 1, 1], numbers.Take(8));
        // a name is kept with the shard of its first word's stem
        Assert.Equal([7], shards[shards.Keys.Where(k => "status".StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length)!]
            .GetProperty("n").GetProperty("status of forces agreement").EnumerateArray().Select(n => n.GetInt32()));
    }

    [Fact]
    public void Shard_names_are_safe_file_names_for_any_letter()
    {
        Assert.Equal("so", SearchWords.ShardOf("sofa"));
        Assert.Equal("sof", SearchWords.ShardOf("sofa", 3));
        Assert.Equal("a", SearchWords.ShardOf("a"));
        Assert.Equal("pe_f1", SearchWords.ShardOf("peña", 3));
        Assert.Equal("_1d400x", SearchWords.ShardOf("\U0001D400xy", 2));
        Assert.Equal(["status", "of", "forces", "agreement", "peña", "50"], SearchWords.Of("Status-of Forces' AGREEMENT; Peña 50"));
    }
}
