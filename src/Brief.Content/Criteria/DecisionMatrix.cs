using System.Collections.Immutable;
using System.Globalization;

namespace Brief.Content.Criteria;

/// <summary>An option as the decision matrix sees it: its id and its value of each criterion, by field ("" for none).</summary>
public sealed record Candidate(string Id, ImmutableDictionary<string, string> Values)
{
    public string ValueOf(Criterion criterion) => Values.GetValueOrDefault(criterion.Field) ?? "";
}

/// <summary>
/// The decision matrix of FM 6-0: options beyond a benchmark screened out; the rest ranked on each ranked criterion (1 the
/// best, ties sharing the better rank: 1, 1, 3); unweighted total the sum of ranks, weighted the sum of rank × weight; the
/// lowest weighted total preferred (several on a tie); and for each criterion, whether its weight ±1 (not below 0) would
/// change the preferred option. A pure function of the criteria and the candidates; their order changes nothing but
/// the order rows are listed in.
/// </summary>
public static class DecisionMatrix
{
    public static DecisionResult Compute(IReadOnlyList<Criterion> criteria, IReadOnlyList<Candidate> candidates)
    {
        var ranked = criteria.Where(c => c.Ranked).ToImmutableArray();
        var screened = candidates.SelectMany(o => criteria.Where(c => c.Benchmark is not null && Beyond(c, o.ValueOf(c)))
            .Take(1).Select(c => new ScreenedOut(o.Id, c, o.ValueOf(c)))).ToImmutableArray();
        var remaining = candidates.Where(o => !screened.Any(s => s.Id == o.Id)).ToList();
        var rows = remaining.Select(o => new DecisionRow(o.Id, [.. ranked.Select(c => new DecisionCell(c, o.ValueOf(c),
            Rank(c, o, remaining)))])).ToImmutableArray();
        var weights = ranked.ToDictionary(c => c.Field, c => c.EffectiveWeight, StringComparer.Ordinal);
        var preferred = Preferred(rows, weights);
        var sensitivities = ImmutableArray.CreateBuilder<Sensitivity>();
        foreach (var criterion in ranked)
        {
            foreach (var change in new[] { 1.0, -1.0 })
            {
                var weight = criterion.EffectiveWeight + change;
                if (weight < 0)
                {
                    continue;
                }
                var changed = Preferred(rows, new Dictionary<string, double>(weights, StringComparer.Ordinal) { [criterion.Field] = weight });
                if (!changed.SequenceEqual(preferred))
                {
                    sensitivities.Add(new Sensitivity(criterion, weight, changed));
                }
            }
        }
        return new DecisionResult(ranked, screened, rows, weights.ToImmutableDictionary(StringComparer.Ordinal), preferred,
            sensitivities.ToImmutable());
    }

    /// <summary>The ids with the lowest weighted total, in id order.</summary>
    private static ImmutableArray<string> Preferred(IReadOnlyList<DecisionRow> rows, IReadOnlyDictionary<string, double> weights)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var totals = rows.ToDictionary(r => r.Id, r => Math.Round(r.Weighted(weights), 9), StringComparer.Ordinal);
        var best = totals.Values.Min();
        return [.. totals.Where(t => t.Value == best).Select(t => t.Key).Order(StringComparer.Ordinal)];
    }

    /// <summary>1 plus the number of remaining options strictly better on the criterion.</summary>
    private static int Rank(Criterion criterion, Candidate option, IReadOnlyList<Candidate> remaining)
    {
        var score = Score(criterion, option.ValueOf(criterion));
        return 1 + remaining.Count(o => Score(criterion, o.ValueOf(criterion)) < score);
    }

    /// <summary>How far a value is from the better end (lower is better); a value missing or not allowed is the worst.</summary>
    public static double Score(Criterion criterion, string value)
    {
        if (criterion.Type == CriterionType.Number)
        {
            return !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? double.PositiveInfinity
                : criterion.Better == Better.Higher ? -number : number;
        }
        var index = criterion.Allowed.IndexOf(value);
        return index < 0 ? double.PositiveInfinity : criterion.Better == Better.Last ? criterion.Choices.Length - 1 - index : index;
    }

    /// <summary>Whether a value is worse than the criterion's benchmark (a value missing is not judged: its error is reported).</summary>
    public static bool Beyond(Criterion criterion, string value) =>
        criterion.Benchmark is { } benchmark && value != "" && !double.IsPositiveInfinity(Score(criterion, value))
            && Score(criterion, value) > Score(criterion, benchmark);
}
