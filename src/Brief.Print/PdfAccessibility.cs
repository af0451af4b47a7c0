using System.Text;
using System.Text.RegularExpressions;

namespace Brief.Print;

/// <summary>
/// What Chromium's tagged output lacks for PDF/UA-1, added as part of the final incremental update: untagged page
/// furniture marked as artifacts, bookmark titles that read as the headings do, XMP metadata with the PDF/UA
/// identifier, and a catalog that points at it and declares PDF 1.7 (the base of PDF/UA-1). Chromium already
/// writes the structure tree, <c>/MarkInfo</c>, <c>/Lang</c>, <c>DisplayDocTitle</c> and <c>/Tabs /S</c>.
/// </summary>
internal static partial class PdfAccessibility
{
    public static void Amend(string text, PdfUpdate update, PdfInfo info, IReadOnlyList<string> headings, IEnumerable<int> pages)
    {
        foreach (var page in pages)
        {
            MarkArtifacts(text, update, page);
        }
        OutlineTitles.Amend(text, update, headings);
        var catalog = PdfFile.ObjectBody(text, update.Root) ?? throw new InvalidOperationException("the PDF has no catalog");
        var language = Regex.Match(catalog, @"/Lang \(([^)]*)\)") is { Success: true } lang ? lang.Groups[1].Value : "en";
        var packet = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(XmpMetadata.Packet(info, language)));
        var metadata = update.Add(PdfStreams.Plain(packet, "/Type /Metadata\n/Subtype /XML"));
        var dictionary = catalog[catalog.IndexOf("<<", StringComparison.Ordinal)..(catalog.LastIndexOf(">>", StringComparison.Ordinal) + 2)];
        dictionary = Regex.Replace(dictionary, @"/(Metadata|Version) [^/>]*", "");
        update.Replace(update.Root, $"{dictionary[..^2]}\n/Version /1.7\n/Metadata {metadata} 0 R>>");
    }

    private static void MarkArtifacts(string text, PdfUpdate update, int page)
    {
        if (PdfFile.ObjectBody(text, page) is not { } body || ContentsEntry().Match(body) is not { Success: true } contents)
        {
            return;
        }
        var number = int.Parse(contents.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (PdfStreams.Read(text, number) is { } content)
        {
            update.Replace(number, PdfStreams.Compressed(ContentArtifacts.Mark(content)));
        }
    }

    [GeneratedRegex(@"/Contents (\d+) 0 R")]
    private static partial Regex ContentsEntry();
}
