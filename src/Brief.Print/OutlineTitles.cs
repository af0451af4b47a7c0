using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Brief.Print;

/// <summary>
/// Chromium titles each bookmark with the heading's laid-out lines joined with nothing between them, so a heading
/// that wraps reads "AgainstMexican". Each bookmark whose title is a heading's text with white space lost is given
/// that heading's text (white space collapsed), taken from the page before printing. A bookmark in capitals
/// because its heading is styled so (CSS <c>text-transform</c>) gets the heading's own letters too.
/// </summary>
internal static partial class OutlineTitles
{
    public static void Amend(string text, PdfUpdate update, IReadOnlyList<string> headings)
    {
        var byLetters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            byLetters.TryAdd(Letters(heading), heading);
        }
        foreach (Match title in TitleEntry().Matches(text))
        {
            var objectStart = text.LastIndexOf(" 0 obj", title.Index, StringComparison.Ordinal);
            var numberStart = text.LastIndexOf('\n', objectStart) + 1;
            var body = PdfFile.ObjectBody(text, int.Parse(text[numberStart..objectStart], CultureInfo.InvariantCulture));
            if (body is null || !body.Contains("/Parent", StringComparison.Ordinal)
                || !byLetters.TryGetValue(Letters(Decode(title.Groups[1].Value)), out var heading) || Decode(title.Groups[1].Value) == heading)
            {
                continue;
            }
            var dictionary = body[body.IndexOf("<<", StringComparison.Ordinal)..(body.LastIndexOf(">>", StringComparison.Ordinal) + 2)];
            update.Replace(int.Parse(text[numberStart..objectStart], CultureInfo.InvariantCulture),
                dictionary.Replace(title.Value, "/Title " + PdfFile.PdfString(heading), StringComparison.Ordinal));
        }
    }

    private static string Letters(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>A PDF string as text: a literal with its escapes, or hex (UTF-16BE with a byte order mark, else Latin-1).</summary>
    private static string Decode(string pdfString)
    {
        if (pdfString.StartsWith('<'))
        {
            var bytes = Convert.FromHexString(pdfString[1..^1]);
            return bytes is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.Latin1.GetString(bytes);
        }
        var literal = Regex.Replace(pdfString[1..^1], @"\\([0-7]{1,3}|.)", m => m.Groups[1].Value switch
        {
            "n" => "\n",
            "r" => "\r",
            "t" => "\t",
            "b" => "\b",
            "f" => "\f",
            var v when char.IsAsciiDigit(v[0]) => ((char)Convert.ToInt32(v, 8)).ToString(),
            var v => v,
        }, RegexOptions.Singleline);
        var raw = Encoding.Latin1.GetBytes(literal);
        return raw is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(raw, 2, raw.Length - 2) : literal;
    }

    [GeneratedRegex(@"/Title (\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]*>)", RegexOptions.Singleline)]
    private static partial Regex TitleEntry();
}
