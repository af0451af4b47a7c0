using AngleSharp.Dom;

namespace Brief.Word;

/// <summary>
/// What the converter reads from a rendered page: its title, the banner (the marking the page shows at top and
/// bottom), the paper size, the document itself (main), the notes the citations point to (a brief's link notes, a
/// site page's cited sources), and every id.
/// </summary>
internal sealed record PageSource(
    string Title, string Banner, bool A4, IElement Main, IReadOnlyDictionary<string, IElement> Notes, IReadOnlySet<string> Ids)
{
    public static PageSource Read(IDocument page)
    {
        var main = page.QuerySelector("main") ?? page.Body!;
        var title = main.QuerySelector("h1")?.TextContent.Trim() ?? page.Title ?? "";
        var banner = page.QuerySelector(".brief-top .marking, body > header .marking, .marking")?.TextContent.Trim() ?? "";
        var notes = main.QuerySelectorAll(".brief-links li[id], .sources-cited li[id]").ToDictionary(li => li.Id!, li => li, StringComparer.Ordinal);
        var ids = main.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var a4 = page.Body?.ClassList.Contains("paper-a4") == true;
        return new PageSource(title, banner, a4, main, notes, ids);
    }
}
