using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Brief.Print;

/// <summary>
/// An incremental update to a PDF with classic cross-reference tables: objects added or replaced (by number),
/// appended after the original bytes with their own cross-reference section and a trailer that points back to
/// the previous one. The original bytes stay as they are.
/// </summary>
internal sealed partial class PdfUpdate
{
    private readonly string _text;
    private readonly SortedDictionary<int, string> _objects = [];
    private int _size;

    public PdfUpdate(string text)
    {
        _text = text;
        var trailer = Trailer().Matches(text).Last().Value;
        _size = int.Parse(Regex.Match(trailer, @"/Size (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        Root = int.Parse(Regex.Match(trailer, @"/Root (\d+) 0 R").Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The object number of the document catalog.</summary>
    public int Root { get; }

    /// <summary>Adds an object (its body between "obj" and "endobj") and returns its number.</summary>
    public int Add(string body)
    {
        _objects[_size] = body;
        return _size++;
    }

    /// <summary>Gives an existing object a new body.</summary>
    public void Replace(int number, string body) => _objects[number] = body;

    /// <summary>The original text followed by the update, with <paramref name="info"/> as the Info dictionary.</summary>
    public string Apply(int info)
    {
        var update = new StringBuilder("\n");
        var offsets = new SortedDictionary<int, int>();
        var start = Encoding.Latin1.GetByteCount(_text);
        foreach (var (number, body) in _objects)
        {
            offsets[number] = start + update.Length;
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }
        var xref = start + update.Length;
        update.Append("xref\n");
        foreach (var run in Runs(offsets.Keys))
        {
            update.Append(CultureInfo.InvariantCulture, $"{run[0]} {run.Count}\n");
            foreach (var number in run)
            {
                update.Append(CultureInfo.InvariantCulture, $"{offsets[number]:D10} 00000 n \n");
            }
        }
        var previous = StartXref().Matches(_text).Last().Groups[1].Value;
        update.Append(CultureInfo.InvariantCulture,
            $"trailer\n<</Size {_size}\n/Root {Root} 0 R\n/Info {info} 0 R\n/Prev {previous}>>\nstartxref\n{xref}\n%%EOF\n");
        return _text + update;
    }

    /// <summary>Consecutive numbers grouped, one cross-reference subsection each.</summary>
    private static IEnumerable<List<int>> Runs(IEnumerable<int> numbers)
    {
        var run = new List<int>();
        foreach (var number in numbers)
        {
            if (run.Count > 0 && run[^1] + 1 != number)
            {
                yield return run;
                run = [];
            }
            run.Add(number);
        }
        if (run.Count > 0)
        {
            yield return run;
        }
    }

    [GeneratedRegex(@"trailer\s*<<.*?>>", RegexOptions.Singleline)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"startxref\s*(\d+)")]
    private static partial Regex StartXref();
}
