using System.Collections.Immutable;
using System.Globalization;
using Brief.Content.Criteria;
using Brief.Content.Model;
using Brief.Site.Model;
using Scriban.Runtime;

using static Brief.Site.Theme.ScriptValues;

namespace Brief.Site.Theme;

/// <summary>
/// The decision matrix as templates see it (<see cref="DecisionMatrix"/>): every value beside its rank, the totals, the
/// preferred option, the options screened out and the sentences on sensitivity. All of it text, escaped by the template.
/// </summary>
public static class DecisionMatrixView
{
    /// <summary>Null when no criterion has an explicit weight: the briefing asked for no decision matrix.</summary>
    public static ScriptObject? Of(Catalog catalog, IReadOnlyList<OptionCard> options, Func<OptionCard, string>? url = null)
    {
        if (!catalog.Criteria.HasDecisionMatrix)
        {
            return null;
        }
        var byId = options.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var result = DecisionMatrix.Compute(catalog.Criteria.Items, [.. options.Select(Candidate)]);
        string Title(string id) => byId[id].Title;
        ScriptObject Link(string id) => Obj(("title", Title(id)), ("url", url?.Invoke(byId[id]) ?? catalog.Urls.Of(byId[id])));
        return Obj(
            ("columns", Array(result.Criteria, c => Obj(("title", c.Label), ("weight", Number(c.EffectiveWeight)), ("better", BetterText(c))))),
            ("rows", Array(result.Rows, r =>
            {
                var row = Link(r.Id);
                row["cells"] = Array(r.Cells, c => Obj(("label", Labels.Of(c.Criterion, c.Value)), ("rank", Number(c.Rank))));
                row["unweighted"] = Number(r.Unweighted);
                row["weighted"] = Number(result.WeightedTotal(r));
                row["preferred"] = result.Preferred.Contains(r.Id);
                return row;
            })),
            ("screened", Array(result.Screened, s =>
            {
                var row = Link(s.Id);
                row["criterion"] = s.Criterion.Label;
                row["value"] = Labels.Of(s.Criterion, s.Value);
                row["benchmark"] = Labels.Of(s.Criterion, s.Criterion.Benchmark ?? "");
                return row;
            })),
            ("preferred_text", PreferredText(result.Preferred, Title, result.Rows.IsEmpty ? null : result.Rows.Min(result.WeightedTotal))),
            ("sensitivities", Array(SensitivityText(result, Title), s => s)));
    }

    private static Candidate Candidate(OptionCard option) =>
        new(option.Id, option.Compared.ToImmutableDictionary(v => v.Field.Field, v => v.Value, StringComparer.Ordinal));

    private static string BetterText(Criterion criterion) => criterion.Better switch
    {
        Better.Lower => "lower is better",
        Better.Higher => "higher is better",
        Better.First => $"{criterion.Choices[0].Label} is best",
        _ => $"{criterion.Choices[^1].Label} is best",
    };

    private static string PreferredText(ImmutableArray<string> preferred, Func<string, string> title, double? total) => preferred.Length switch
    {
        0 => "No option remains after screening: none is preferred.",
        1 => $"Preferred: {title(preferred[0])}, with the lowest weighted total ({Number(total ?? 0)}).",
        _ => $"Tie: {Names(preferred, title)} share the lowest weighted total ({Number(total ?? 0)}); none is preferred over the others.",
    };

    private static IEnumerable<string> SensitivityText(DecisionResult result, Func<string, string> title)
    {
        if (result.Sensitivities.IsEmpty)
        {
            return [result.Rows.Length < 2 ? "With fewer than two options ranked, no weight can change the outcome."
                : "Robust: no change of one criterion's weight by 1 changes the preferred option."];
        }
        return result.Sensitivities.Select(s =>
        {
            var from = result.Weights[s.Criterion.Field];
            var verb = s.Weight > from ? "Raising" : "Lowering";
            var outcome = s.Preferred.Length == 1 ? $"{title(s.Preferred[0])} preferred" : $"{Names(s.Preferred, title)} tie";
            return $"Sensitive to {s.Criterion.Label}: {verb} its weight from {Number(from)} to {Number(s.Weight)} would make {outcome}.";
        });
    }

    private static string Names(IEnumerable<string> ids, Func<string, string> title)
    {
        var names = ids.Select(title).ToList();
        return names.Count <= 2 ? string.Join(" and ", names) : string.Join(", ", names[..^1]) + " and " + names[^1];
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
