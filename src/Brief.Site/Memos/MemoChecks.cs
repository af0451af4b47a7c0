using Brief.Content.Model;
using Brief.Content.Schema;
using Brief.Core.Diagnostics;
using Brief.Site.Model;

namespace Brief.Site.Memos;

/// <summary>
/// What only the whole site can tell about a decision memo: that its recommendation and the options it considers are
/// option cards, that it recommends one it considers, that the decision window is workable, that a dissent says why,
/// and that its bottom line up front is short.
/// </summary>
public static class MemoChecks
{
    /// <summary>The business days a decision maker should have between a memo's date and its decision date.</summary>
    public const int MinimumBusinessDays = 5;

    public static void Run(Catalog catalog, DiagnosticBag diagnostics)
    {
        var optionIds = catalog.All<OptionCard>().Select(o => o.Id).Order(StringComparer.Ordinal).ToList();
        foreach (var memo in catalog.All<DecisionMemo>())
        {
            CheckOptions(memo, catalog, optionIds, diagnostics);
            CheckDecisionWindow(memo, diagnostics);
            foreach (var dissent in memo.Clearance.Where(c => c.Dissent && string.IsNullOrWhiteSpace(c.Note)))
            {
                diagnostics.Warning(Codes.DissentWithoutNote, $"'{dissent.Office}' records '{dissent.Position}' without a note",
                    memo.File, dissent.Line, dissent.Column, "a dissent tells the decision maker why: add a note saying what the office objects to");
            }
            if (Bluf.Of(catalog.Parsed[memo.Id]) is { Words: > Bluf.MaxWords } bluf)
            {
                diagnostics.Warning(Codes.LongBluf, $"the bottom line up front has {bluf.Words} words, over {Bluf.MaxWords}", memo.File, bluf.Line, 1,
                    "say the decision asked for and the recommendation in a few sentences; move the rest to the discussion");
            }
        }
    }

    private static void CheckOptions(DecisionMemo memo, Catalog catalog, IReadOnlyList<string> optionIds, DiagnosticBag diagnostics)
    {
        foreach (var option in memo.Options.Where(o => catalog.Find(o.Value) is not OptionCard))
        {
            diagnostics.Error(Codes.UnknownMemoOption, $"unknown option '{option.Value}'", memo.File, option.Line, option.Column,
                Nearest.Hint(option.Value, optionIds) ?? "options are the ids of option cards in options/");
        }
        if (memo.Recommendation is not { } recommended)
        {
            return;
        }
        if (catalog.Find(recommended.Value) is not OptionCard)
        {
            diagnostics.Error(Codes.UnknownRecommendation, $"unknown option '{recommended.Value}' recommended", memo.File, recommended.Line,
                recommended.Column, Nearest.Hint(recommended.Value, optionIds) ?? "the recommendation is the id of an option card in options/");
        }
        else if (!memo.Options.IsEmpty && !memo.Options.Any(o => o.Value == recommended.Value))
        {
            diagnostics.Error(Codes.RecommendationNotConsidered, $"the memo recommends '{recommended.Value}' but does not consider it",
                memo.File, recommended.Line, recommended.Column, $"add '{recommended.Value}' to the memo's options, or recommend one of them");
        }
    }

    private static void CheckDecisionWindow(DecisionMemo memo, DiagnosticBag diagnostics)
    {
        if (memo is not { Date: { } date, DecisionBy: { } by })
        {
            return;
        }
        var days = BusinessDays(date, by);
        if (days < MinimumBusinessDays)
        {
            var (line, column) = memo.Fields.PositionOf("decision_by");
            var message = by < date
                ? $"decision_by {By(by)} is before the memo's date {By(date)}"
                : $"decision_by {By(by)} leaves {days} business day{(days == 1 ? "" : "s")} after the memo's date {By(date)}";
            diagnostics.Warning(Codes.ShortDecisionWindow, message + $", fewer than {MinimumBusinessDays}", memo.File, line, column,
                "give the decision maker and the clearing offices at least a week, or say in the memo why it cannot wait");
        }
    }

    /// <summary>The weekdays after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when it is not later.</summary>
    public static int BusinessDays(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            days += day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }
        return days;
    }

    private static string By(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
