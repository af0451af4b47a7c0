using Brief.Content.Model;
using Brief.Site.Model;
using Brief.Site.Theme;
using static Brief.Site.Theme.ScriptValues;

namespace Brief.Site.Pages;

/// <summary>
/// The decision memos: a page per memo at /memos/ID/, and their index at /memos/, which a briefing without memos does
/// not have.
/// </summary>
public static class MemoPages
{
    public static IEnumerable<PlannedPage> Plan(PagePlanning planning)
    {
        var (catalog, views) = (planning.Catalog, planning.Views);
        var memos = Memos(catalog);
        if (memos.Count == 0)
        {
            yield break;
        }
        yield return new PlannedPage("memos", "memos/", "memos", () => Obj(("title", "Memos"), ("summary", null),
            ("items", Array(memos, views.MemoSummary))), ShowsKinds: []);
        foreach (var memo in memos)
        {
            yield return new PlannedPage("memo", Urls.PathOf(memo), "memos", () => views.Memo(memo), memo.Id);
        }
    }

    /// <summary>Every memo, newest first, then by title.</summary>
    public static IReadOnlyList<DecisionMemo> Memos(Catalog catalog) =>
        [.. catalog.All<DecisionMemo>().OrderByDescending(m => m.Date).ThenBy(m => m.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(m => m.Id, StringComparer.Ordinal)];
}
