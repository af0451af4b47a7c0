namespace Brief.Site.Search;

/// <summary>
/// Weighs the stems of one document at a time, for the search index: each word is looked up once per thread (its
/// stem and its running weight in one slot), so the millions of words of a big site cost a hash lookup each and
/// allocate nothing once seen. One per thread (<see cref="ForThisThread"/>); a document is <see cref="Begin"/>,
/// any number of <see cref="Add"/>, then <see cref="Finish"/>.
/// </summary>
internal sealed class StemCounter
{
    // Past this many distinct words, a thread stops remembering new ones and stems them each time.
    private const int MaxWords = 200_000;

    [ThreadStatic]
    private static StemCounter? _current;

    private readonly Dictionary<string, Slot> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Slot>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<string, Slot> _stems = new(StringComparer.Ordinal);
    private readonly List<Slot> _touched = [];
    private int _document;
    private int _field;

    private StemCounter() => _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static StemCounter ForThisThread() => _current ??= new StemCounter();

    /// <summary>Starts a document: no stem has a weight.</summary>
    public void Begin()
    {
        _document++;
        _touched.Clear();
    }

    /// <summary>Adds <paramref name="weight"/> for each word of <paramref name="text"/>, or for each distinct stem when <paramref
    /// name="once"/>.</summary>
    public void Add(string? text, int weight, bool once)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        var field = ++_field;
        SearchWords.Each(text, (ReadOnlySpan<char> word) =>
        {
            var slot = SlotOf(word);
            if (slot.Document != _document)
            {
                slot.Document = _document;
                slot.Weight = 0;
                _touched.Add(slot);
            }
            else if (once && slot.Field == field)
            {
                return;
            }
            slot.Field = field;
            slot.Weight += weight;
        });
    }

    /// <summary>The document's stems and weights, in ordinal order of the stems.</summary>
    public KeyValuePair<string, int>[] Finish()
    {
        var stems = new KeyValuePair<string, int>[_touched.Count];
        for (var i = 0; i < stems.Length; i++)
        {
            stems[i] = KeyValuePair.Create(_touched[i].Stem, _touched[i].Weight);
        }
        Array.Sort(stems, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return stems;
    }

    private Slot SlotOf(ReadOnlySpan<char> word)
    {
        if (_wordLookup.TryGetValue(word, out var slot))
        {
            return slot;
        }
        var stem = Stemmer.Stem(word);
        if (!_stems.TryGetValue(stem, out slot))
        {
            _stems[stem] = slot = new Slot(stem);
        }
        if (_words.Count < MaxWords)
        {
            _words[word.ToString()] = slot;
        }
        return slot;
    }

    private sealed class Slot(string stem)
    {
        public string Stem { get; } = stem;
        public int Document;
        public int Field;
        public int Weight;
    }
}
