using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Brief.Print;

/// <summary>The document facts a printed brief needs besides Chromium's output.</summary>
public sealed record PdfInfo(string Title, string? Subject, string? Author, DateOnly? Date);

/// <summary>
/// Reads and amends the PDFs Chromium (Skia) writes: an uncompressed page tree and destination dictionary,
/// classic cross-reference tables. Enough to count pages, find the page of each linked anchor (for the
/// contents list), fix the dates for reproducible bytes, and add title, subject and author metadata.
/// </summary>
public static partial class PdfFile
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    public static int PageCount(byte[] pdf) => PageOrder(Latin1.GetString(pdf)).Count;

    /// <summary>The 1-based page of every named destination (every anchor something links to).</summary>
    public static IReadOnlyDictionary<string, int> DestinationPages(byte[] pdf)
    {
        var text = Latin1.GetString(pdf);
        var pages = PageOrder(text).Select((obj, index) => (obj, index)).ToDictionary(p => p.obj, p => p.index + 1);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (CatalogEntry(text, "Dests") is not { } dests || ObjectBody(text, dests) is not { } body)
        {
            return result;
        }
        foreach (Match match in DestinationEntry().Matches(body))
        {
            if (pages.TryGetValue(int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), out var page))
            {
                result[match.Groups[1].Value] = page;
            }
        }
        return result;
    }

    /// <summary>
    /// Sets the creation and modification dates (in place, same length), then appends one incremental update:
    /// what PDF/UA needs beyond Chromium's tags (<see cref="PdfAccessibility"/>) and the Info dictionary.
    /// </summary>
    public static byte[] Finalize(byte[] pdf, PdfInfo info, IReadOnlyList<string> headings)
    {
        var text = Latin1.GetString(pdf);
        if (info.Date is { } date)
        {
            var stamp = $"D:{date:yyyyMMdd}000000+00'00'";
            text = PdfDate().Replace(text, m => m.Groups[2].Length == stamp.Length ? $"{m.Groups[1].Value}({stamp})" : m.Value);
        }
        text = RenumberStructureIds(text);
        var update = new PdfUpdate(text);
        PdfAccessibility.Amend(text, update, info, headings, PageOrder(text));
        var infoObject = update.Add(InfoDictionary(info));
        return Latin1.GetBytes(update.Apply(infoObject));
    }

    private static string InfoDictionary(PdfInfo info)
    {
        var dictionary = new StringBuilder("<</Title ").Append(PdfString(info.Title));
        if (info.Subject is not null)
        {
            dictionary.Append(CultureInfo.InvariantCulture, $"\n/Subject {PdfString(info.Subject)}");
        }
        if (info.Author is not null)
        {
            dictionary.Append(CultureInfo.InvariantCulture, $"\n/Author {PdfString(info.Author)}");
        }
        dictionary.Append("\n/Creator (brief)\n/Producer (brief with Chromium)");
        if (info.Date is { } d)
        {
            dictionary.Append(CultureInfo.InvariantCulture, $"\n/CreationDate (D:{d:yyyyMMdd}000000+00'00')\n/ModDate (D:{d:yyyyMMdd}000000+00'00')");
        }
        return dictionary.Append(">>").ToString();
    }

    /// <summary>
    /// Chromium names tagged-structure elements after internal DOM node counters, which drift between runs.
    /// Renumbering them 1, 2, 3… in their original order keeps every string's length (so no offset moves) and
    /// the sort order the ID name tree relies on, and makes the same input print the same bytes.
    /// </summary>
    private static string RenumberStructureIds(string text)
    {
        var ids = StructureId().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();
        var renamed = ids.Select((id, index) => (id, index))
            .ToDictionary(p => p.id, p => (p.index + 1).ToString(new string('0', p.id.Length), CultureInfo.InvariantCulture));
        return StructureId().Replace(text, m => $"(node{renamed[m.Groups[1].Value]})");
    }

    /// <summary>A PDF text string: UTF-16BE with a byte order mark, in hex, so any language survives.</summary>
    internal static string PdfString(string value) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    private static List<int> PageOrder(string text)
    {
        var nodes = new Dictionary<int, int[]>();
        foreach (Match match in PagesNode().Matches(text))
        {
            nodes[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)] =
                [.. Regex.Matches(match.Groups[2].Value, @"(\d+) 0 R").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];
        }
        var order = new List<int>();
        void Walk(int node)
        {
            if (!nodes.TryGetValue(node, out var kids))
            {
                order.Add(node);
                return;
            }
            foreach (var kid in kids)
            {
                Walk(kid);
            }
        }
        if (CatalogEntry(text, "Pages") is { } root)
        {
            Walk(root);
        }
        return order;
    }

    private static int? CatalogEntry(string text, string key)
    {
        var catalog = Regex.Match(text, @"/Type /Catalog(.*?)>>", RegexOptions.Singleline);
        var entry = Regex.Match(catalog.Groups[1].Value, $@"/{key} (\d+) 0 R");
        return entry.Success ? int.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    internal static string? ObjectBody(string text, int number)
    {
        var start = text.IndexOf($"\n{number} 0 obj", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }
        var end = text.IndexOf("endobj", start, StringComparison.Ordinal);
        return end < 0 ? null : text[start..end];
    }

    [GeneratedRegex(@"(\d+) 0 obj\s*<</Type /Pages\s*/Count \d+\s*/Kids \[([^\]]*)\]")]
    private static partial Regex PagesNode();

    [GeneratedRegex(@"/([^\s/\[\]()<>]+) \[(\d+) 0 R")]
    private static partial Regex DestinationEntry();

    [GeneratedRegex(@"(/(?:CreationDate|ModDate) )\(([^)]*)\)")]
    private static partial Regex PdfDate();

    [GeneratedRegex(@"\(node(\d+)\)")]
    private static partial Regex StructureId();
}
