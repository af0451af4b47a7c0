using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Brief.Site.Search;

/// <summary>
/// English word stems for the search index: the Snowball English ("Porter2") stemmer, from Lucene.Net
/// (<see cref="EnglishStemmer"/>, package Lucene.Net.Analysis.Common), so "designated", "designation" and "designate"
/// all become "design". The reader's browser stems the words typed into the search box with the same algorithm,
/// theme/assets/stem.js; tests/Brief.Tests/Site/Search/StemmerTests.cs checks that the two agree. Thread-safe.
/// </summary>
public static class Stemmer
{
    // Distinct words in a site stay in the hundreds of thousands at most; past this many, stems are worked out
    // again each time instead of being kept.
    private const int MaxCached = 500_000;

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static int _cached;

    // EnglishStemmer keeps the word it works on: one per thread.
    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

    /// <summary>
    /// The stem of a lowercase word. Words shorter than 3 characters and words with a digit 0-9 are returned as
    /// they are (stem.js does the same).
    /// </summary>
    public static string Stem(string lowercaseWord)
    {
        ArgumentNullException.ThrowIfNull(lowercaseWord);
        return Cache.TryGetValue(lowercaseWord, out var cached) ? cached : Make(lowercaseWord);
    }

    /// <summary>The stem of a lowercase word, as <see cref="Stem(string)"/>; a word seen before costs no allocation.</summary>
    public static string Stem(ReadOnlySpan<char> lowercaseWord) =>
        Lookup.TryGetValue(lowercaseWord, out var cached) ? cached : Make(lowercaseWord.ToString());

    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    private static string Make(string lowercaseWord)
    {
        var stem = lowercaseWord;
        if (lowercaseWord.Length >= 3 && !lowercaseWord.AsSpan().ContainsAnyInRange('0', '9'))
        {
            var stemmer = _stemmer ??= new EnglishStemmer();
            stemmer.SetCurrent(lowercaseWord);
            stemmer.Stem();
            stem = stemmer.Current;
            if (stem == lowercaseWord)
            {
                stem = lowercaseWord; // one string, not two equal ones, in the index's word lists
            }
        }
        if (Volatile.Read(ref _cached) < MaxCached && Cache.TryAdd(lowercaseWord, stem))
        {
            Interlocked.Increment(ref _cached);
        }
        return stem;
    }
}
