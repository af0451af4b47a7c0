using System.Diagnostics;
using System.Text;
using Brief.Site.Search;
using Brief.Tests.Support;

namespace Brief.Tests.Site.Search;

/// <summary>
/// The build's stemmer (Stemmer, Lucene.Net's Snowball English) and the browser's (theme/assets/stem.js) must give the
/// same stem for every word, or a reader's query misses the pages it should find.
/// </summary>
public class StemmerTests
{
    [Theory]
    [InlineData("designated", "designation", "designate")]
    [InlineData("agreements", "agreement")]
    [InlineData("forces", "force", "forced")]
    public void Forms_of_a_word_stem_alike(params string[] words)
    {
        var stems = words.Select(Stemmer.Stem).Distinct().ToList();
        Assert.Single(stems);
    }

    [Theory]
    [InlineData("designation", "design")]
    [InlineData("agreements", "agreement")]
    [InlineData("forces", "forc")]
    [InlineData("generously", "generous")]
    [InlineData("skies", "sky")]
    [InlineData("dying", "die")]
    [InlineData("news", "news")]
    [InlineData("proceed", "proceed")]
    [InlineData("communism", "communism")]
    [InlineData("militarily", "militarili")]
    public void Known_stems(string word, string stem) => Assert.Equal(stem, Stemmer.Stem(word));

    [Theory]
    [InlineData("is")]
    [InlineData("as")]
    [InlineData("covid19s")]
    [InlineData("1990s")]
    public void Short_words_and_words_with_digits_are_kept(string word) => Assert.Equal(word, Stemmer.Stem(word));

    [Fact]
    public void Stems_alike_on_many_threads()
    {
        // Words no other test stems, so that the threads race to stem them, not just to read the cache.
        var words = RepositoryWords().Distinct().Where(w => w.Length > 3 && !w.Any(char.IsAsciiDigit))
            .SelectMany(w => new[] { w + "ationally", w + "fulnesses", w + "izingly" }).ToList();
        var lucene = new Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer();
        var expected = words.ToDictionary(w => w, w =>
        {
            lucene.SetCurrent(w);
            lucene.Stem();
            return lucene.Current;
        });
        var stems = new string[4][];
        Parallel.For(0, stems.Length, t => stems[t] = [.. words.Select(Stemmer.Stem)]);
        Assert.All(stems, s => Assert.Equal(words.Select(w => expected[w]), s));
    }

    [NodeFact]
    public void The_browser_twin_stems_every_word_alike()
    {
        var words = TrickyWords.Concat(RepositoryWords()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(words.Count > 1000, $"only {words.Count} words to compare");

        var browser = StemInNode(words);

        Assert.Equal(words.Count, browser.Count);
        var differences = words.Select((w, i) => (Word: w, Build: Stemmer.Stem(w), Browser: browser[i]))
            .Where(d => d.Build != d.Browser).ToList();
        Assert.True(differences.Count == 0,
            $"stem.js differs from the build's stemmer on {differences.Count} of {words.Count} words:\n" +
            string.Join('\n', differences.Take(30).Select(d => $"  {d.Word}: build {d.Build}, stem.js {d.Browser}")));
    }

    /// <summary>Words that reach the algorithm's special cases: exceptions, regions, short syllables, each step's suffixes.</summary>
    private static readonly string[] TrickyWords =
    [
        // Exceptional words, and words left alone after step 1a.
        "skis", "skies", "ski", "sky", "dying", "lying", "tying", "idly", "gently", "ugly", "early", "only", "singly",
        "news", "howe", "atlas", "cosmos", "bias", "andes", "succeed", "proceed", "exceed", "succeeded", "proceeding",
        "exceeds", "canning", "inning", "innings", "outing", "outings", "earring", "earrings", "herring", "herrings",
        // R1 after gener-, commun-, arsen-.
        "generously", "generous", "generate", "generation", "general", "generally", "generals", "communism",
        "communication", "community", "communal", "arsenal", "arsenals", "arsenic",
        // Step 1a.
        "caresses", "ponies", "ties", "cries", "cried", "died", "dies", "lied", "ies", "gas", "this", "gaps", "kiwis",
        "bus", "gases", "press", "pressed", "cats", "consensus", "glass", "uss", "sss", "ows",
        // Step 1b and its short syllables.
        "feed", "feeding", "bleed", "agreed", "agreedly", "eed", "luxuriated", "luxuriate", "hopping", "hoping", "hoped",
        "filing", "filed", "tanned", "fizzed", "conflated", "troubled", "troubling", "sized", "sizing", "falling",
        "hissing", "failing", "sing", "singing", "bing", "ing", "ings", "aing", "bringing", "rated", "abled", "stopped",
        "dripped", "telling", "missing", "baking", "seeing", "being", "dined", "shaved", "taped", "bowed", "boxed",
        "exceedingly", "proceedings", "surprisingly", "willingly", "knowingly", "markedly", "supposedly", "reportedly",
        // y, Y and step 1c.
        "happy", "happily", "cry", "say", "enjoy", "enjoying", "toy", "toys", "yes", "yelling", "youth", "boyish",
        "sayings", "buying", "dyed", "eyed", "eying", "played", "plays", "syzygy", "yyy", "yay", "xyz", "ayy", "sayy",
        // Step 2.
        "relational", "conditional", "rational", "valency", "hesitancy", "digitizer", "conformabli", "radically",
        "differently", "vilely", "analogously", "vietnamization", "predication", "operator", "feudalism",
        "decisiveness", "hopefulness", "callousness", "formality", "sensitivity", "sensibility", "geology", "biology",
        "archaeology", "analogies", "pedagogy", "fruitfully", "carelessly", "quickly", "lovely", "smoothly", "ably",
        "duly", "knightly", "militarily", "ideally",
        // Step 3.
        "triplicate", "formative", "formalize", "electriciti", "electrical", "hopeful", "goodness", "sensational",
        "creative", "demonstrative", "talkative", "normalize", "realize", "communicate", "duplicate", "beautiful",
        "kindness",
        // Step 4.
        "revival", "allowance", "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant",
        "replacement", "adjustment", "dependent", "adoption", "communion", "activate", "angularity", "homologous",
        "effective", "bowdlerize", "agreement", "agreements", "element", "cement", "onion", "champion", "region",
        "million", "baptism", "famous", "massive", "seize", "consignment", "consign", "consigned", "cartels", "cartel",
        "organizations", "organization", "organize", "organizer", "designation", "designated", "designate",
        // Step 5.
        "probate", "rate", "cease", "create", "hope", "shape", "estate", "controll", "controlled", "roll", "fulfill",
        "install", "call", "fully",
        // Long words.
        "internationalization", "antidisestablishmentarianism", "incomprehensibilities", "abbreviations",
        "acknowledgments", "nationality", "emotionally",
        // Apostrophes, names of JavaScript's object members, letters outside a-z.
        "dog's", "dogs'", "'tis", "o'clock", "constructor", "prototype", "valueof", "hasownproperty", "tostring",
        "__proto__", "café", "naïve", "résumé", "übermensch", "straße", "façades", "coöperate", "αβγδ", "mañanas",
        // Digits and short words, kept as they are.
        "a", "an", "ab", "2024", "covid19", "h5n1s", "1990s",
    ];

    /// <summary>Every distinct lowercase word (a run of letters and digits) of the repository's Markdown pages.</summary>
    private static IEnumerable<string> RepositoryWords()
    {
        foreach (var folder in new[] { Repo.Input, Repo.Fixtures })
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories))
            {
                var text = File.ReadAllText(file);
                var start = -1;
                for (var i = 0; i <= text.Length; i++)
                {
                    var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
                    if (inWord && start < 0)
                    {
                        start = i;
                    }
                    else if (!inWord && start >= 0)
                    {
                        yield return text[start..i].ToLowerInvariant();
                        start = -1;
                    }
                }
            }
        }
    }

    /// <summary>Runs theme/assets/stem.js in node (in a context of its own with only <c>window</c>) over the words.</summary>
    private static List<string> StemInNode(IReadOnlyList<string> words)
    {
        const string script = """
            const fs = require('fs'), vm = require('vm');
            const file = process.argv[1], window = {};
            vm.runInNewContext(fs.readFileSync(file, 'utf8'), { window }, { filename: file });
            const words = fs.readFileSync(0, 'utf8').split('\n');
            words.pop();
            process.stdout.write(words.map(w => window.briefStem(w) + '\n').join(''));
            """;
        var node = Poppler.Find("node");
        Assert.True(node is not null,
            "node was not found on PATH: this test runs theme/assets/stem.js in node to check it against the build's stemmer (apt-get install " +
                "nodejs)");
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var info = new ProcessStartInfo(node!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = utf8,
            StandardOutputEncoding = utf8,
            StandardErrorEncoding = utf8,
        };
        info.ArgumentList.Add("-e");
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(Path.Combine(Repo.Theme, "assets", "stem.js"));
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        foreach (var word in words)
        {
            process.StandardInput.Write(word);
            process.StandardInput.Write('\n');
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("node did not finish stemming in a minute");
        }
        Assert.True(process.ExitCode == 0, $"node failed ({process.ExitCode}): {error.Result}");
        var lines = output.Result.Split('\n').ToList();
        lines.RemoveAt(lines.Count - 1);
        return lines;
    }
}
