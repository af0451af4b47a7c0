using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Brief.Site.Search;

/// <summary>
/// English word stems for the search index: the Snowball English ("Porter2") stemmer, from Lucene.Net
/// (<see cref="EnglishStemmer"/>, package Lucene.Net.Analysis.Common), so "designated", "designation" and "designate"
/// all become "design". The reader's browser stems the words typed into the search box with the same algorithm,
/// theme/assets/stem.js; tests/Brief.Tests/Search/StemmerTests.cs checks that the two agree. Thread-safe.
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
        if (lowercaseWord.Length < 3 || lowercaseWord.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return lowercaseWord;
        }
        if (Cache.TryGetValue(lowercaseWord, out var cached))
        {
            return cached;
        }
        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(lowercaseWord);
        stemmer.Stem();
        var stem = stemmer.Current;
        if (stem == lowercaseWord)
        {
            stem = lowercaseWord; // one string, not two equal ones, in the index's word lists
        }
        if (Volatile.Read(ref _cached) < MaxCached && Cache.TryAdd(lowercaseWord, stem))
        {
            Interlocked.Increment(ref _cached);
        }
        return stem;
    }
}
