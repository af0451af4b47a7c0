using System.Globalization;
using Brief.Content.Model;
using Scriban.Runtime;
using static Brief.Site.Theme.ScriptValues;

namespace Brief.Site.Theme;

/// <summary>
/// A decision memo as templates see it: the header block, the recommendation, the options it considers (as their cards
/// summarize them) and the clearance table. Text only, like every other view; the body is the renderer's sanitized HTML.
/// </summary>
public static class MemoViews
{
    /// <summary>How each clearance position reads; a dissent says so in words, not by colour alone.</summary>
    private static readonly IReadOnlyDictionary<string, string> Positions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["concur"] = "Concur", ["nonconcur"] = "Nonconcur", ["split"] = "Split", ["pending"] = "Pending",
    };

    /// <summary>The memo's page.</summary>
    public static ScriptObject Memo(this Views views, DecisionMemo memo)
    {
        var page = WithHeader(views.Page(memo), memo);
        var considered = Considered(views, memo);
        var recommended = memo.Recommendation?.Value;
        page["recommendation"] = views.Catalog.Find(recommended ?? "") is OptionCard option ? views.OptionSummary(option) : null;
        page["options"] = Array(considered, o =>
        {
            var card = views.OptionSummary(o);
            card["recommended"] = o.Id == recommended;
            return card;
        });
        page["clearance"] = Array(memo.Clearance, c => Obj(("office", c.Office), ("position", c.Position),
            ("position_label", Positions.GetValueOrDefault(c.Position, c.Position)), ("note", c.Note), ("dissent", c.Dissent)));
        page["dissents"] = memo.Clearance.Count(c => c.Dissent);
        page["max_pages"] = memo.MaxPages;
        page["index_url"] = views.Catalog.Urls.To("memos/");
        page["stylesheet_url"] = views.Catalog.Urls.To($"memos/{memo.Id}/memo.css");
        return page;
    }

    /// <summary>A memo as the memo index lists it.</summary>
    public static ScriptObject MemoSummary(this Views views, DecisionMemo memo)
    {
        var link = WithHeader(views.Link(memo), memo);
        link["recommendation"] = views.Catalog.Find(memo.Recommendation?.Value ?? "") is OptionCard option ? views.Link(option) : null;
        link["dissents"] = memo.Clearance.Count(c => c.Dissent);
        return link;
    }

    /// <summary>The options a memo considers, in its order; every option card, in reading order, when it names none.</summary>
    public static IReadOnlyList<OptionCard> Considered(Views views, DecisionMemo memo) => memo.Options.IsEmpty
        ? views.Catalog.Ordered<OptionCard>()
        : [.. memo.Options.Select(o => views.Catalog.Find(o.Value)).OfType<OptionCard>().Distinct()];

    private static ScriptObject WithHeader(ScriptObject view, DecisionMemo memo)
    {
        view["to"] = memo.To;
        view["from"] = memo.From;
        view["date"] = Date(memo.Date);
        view["date_iso"] = Iso(memo.Date);
        view["decision_by"] = Date(memo.DecisionBy);
        view["decision_by_iso"] = Iso(memo.DecisionBy);
        return view;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
