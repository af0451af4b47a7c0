using System.Collections.Immutable;
using System.Globalization;
using Brief.Content.Criteria;
using Brief.Content.Schema;
using CsCheck;

namespace Brief.Tests.Content.Criteria;

/// <summary>
/// The decision matrix against an independent computation of FM 6-0's method on random criteria and options, and
/// against reordering: the order of the options or of the criteria changes no total, rank or outcome.
/// </summary>
public sealed class DecisionMatrixTests
{
    private static readonly long Runs = long.TryParse(Environment.GetEnvironmentVariable("BRIEF_PROPERTY_RUNS"), out var n) && n > 0 ? n : 200;

    private static readonly Gen<Criterion> Ranked = Gen.Select(Gen.Int[0, 999], Gen.Bool, Gen.Int[0, 4], Gen.Int[2, 4], Gen.Int[-1, 60])
        .Select((id, numeric, weight, size, benchmark) => numeric
            ? new Criterion($"n{id}", $"Number {id}", CriterionType.Number)
            {
                Better = id % 2 == 0 ? Better.Lower : Better.Higher, Weight = weight,
                Benchmark = benchmark < 0 ? null : benchmark.ToString(CultureInfo.InvariantCulture),
            }
            : new Criterion($"v{id}", $"Values {id}", CriterionType.Values)
            {
                Better = id % 2 == 0 ? Better.First : Better.Last, Weight = weight,
                Choices = [.. Enumerable.Range(0, size).Select(i => new FieldChoice($"c{i}", $"C{i}"))],
            });

    private static readonly Gen<ImmutableArray<Criterion>> Criteria = Ranked.Array[1, 5]
        .Select(cs => cs.DistinctBy(c => c.Field).ToImmutableArray());

    private static Gen<ImmutableArray<Candidate>> Candidates(ImmutableArray<Criterion> criteria) =>
        Gen.Int[0, 1000].Array[criteria.Length].Array[1, 6].Select(rows => rows.Select((values, i) => new Candidate($"o{i}",
            criteria.Select((c, j) => KeyValuePair.Create(c.Field, c.Type == CriterionType.Number
                ? (values[j] % 50).ToString(CultureInfo.InvariantCulture)
                : c.Choices[values[j] % c.Choices.Length].Value)).ToImmutableDictionary(StringComparer.Ordinal))).ToImmutableArray());

    private static readonly Gen<(ImmutableArray<Criterion> Criteria, ImmutableArray<Candidate> Candidates)> Cases =
        Criteria.SelectMany(cs => Candidates(cs).Select(os => (cs, os)));

    [Fact]
    public void Totals_and_the_preferred_option_match_an_independent_computation() =>
        Cases.Sample(c =>
        {
            var result = DecisionMatrix.Compute(c.Criteria, c.Candidates);
            var expected = Independent(c.Criteria, c.Candidates, c.Criteria.ToDictionary(x => x.Field, x => x.Weight ?? 1));
            Assert.Equal(expected.Totals.Keys.Order(), result.Rows.Select(r => r.Id).Order());
            foreach (var row in result.Rows)
            {
                Assert.Equal(expected.Totals[row.Id].Unweighted, row.Unweighted);
                Assert.Equal(expected.Totals[row.Id].Weighted, result.WeightedTotal(row), 9);
            }
            Assert.Equal(expected.Preferred, result.Preferred);
            foreach (var criterion in c.Criteria)
            {
                foreach (var weight in new[] { (criterion.Weight ?? 1) + 1, (criterion.Weight ?? 1) - 1 }.Where(w => w >= 0))
                {
                    var changed = Independent(c.Criteria, c.Candidates, c.Criteria.ToDictionary(x => x.Field,
                        x => x.Field == criterion.Field ? weight : x.Weight ?? 1)).Preferred;
                    var reported = result.Sensitivities.Where(s => s.Criterion.Field == criterion.Field && s.Weight == weight).ToList();
                    Assert.Equal(!changed.SequenceEqual(expected.Preferred), reported.Count == 1);
                    Assert.All(reported, s => Assert.Equal(changed, s.Preferred));
                }
            }
        }, iter: Runs);

    [Fact]
    public void Reordering_options_or_criteria_changes_nothing() =>
        Cases.SelectMany(c => Gen.Shuffle(c.Candidates.ToArray()).SelectMany(os => Gen.Shuffle(c.Criteria.ToArray())
            .Select(cs => (c, os, cs)))).Sample(t =>
        {
            var (first, second) = (DecisionMatrix.Compute(t.c.Criteria, t.c.Candidates), DecisionMatrix.Compute(t.cs, t.os));
            Assert.Equal(Summary(first), Summary(second));
        }, iter: Runs);

    [Fact]
    public void Ties_share_the_better_rank_and_a_tie_for_the_lowest_total_names_both()
    {
        var risk = new Criterion("risk", "Risk", CriterionType.Values)
        {
            Choices = [new("low", "Low"), new("high", "High")], Better = Better.First, Weight = 2,
        };
        var result = DecisionMatrix.Compute([risk], [Option("a", ("risk", "low")), Option("b", ("risk", "low")), Option("c", ("risk", "high"))]);

        Assert.Equal([1, 1, 3], result.Rows.Select(r => r.Cells.Single().Rank));
        Assert.Equal<IEnumerable<string>>(["a", "b"], result.Preferred);
    }

    [Fact]
    public void An_option_beyond_a_benchmark_is_screened_out_and_not_ranked()
    {
        var cost = new Criterion("cost", "Cost", CriterionType.Number) { Better = Better.Lower, Weight = 1, Benchmark = "500" };
        var result = DecisionMatrix.Compute([cost], [Option("cheap", ("cost", "100")), Option("dear", ("cost", "900"))]);

        var screened = Assert.Single(result.Screened);
        Assert.Equal(("dear", "cost", "900"), (screened.Id, screened.Criterion.Field, screened.Value));
        Assert.Equal(["cheap"], result.Rows.Select(r => r.Id));
    }

    private static Candidate Option(string id, params (string Field, string Value)[] values) =>
        new(id, values.ToImmutableDictionary(v => v.Field, v => v.Value, StringComparer.Ordinal));

    private static string Summary(DecisionResult result) => string.Join("|",
        string.Join(",", result.Rows.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r =>
            $"{r.Id}:{r.Unweighted}:{result.WeightedTotal(r).ToString(CultureInfo.InvariantCulture)}:" +
            string.Join("/", r.Cells.OrderBy(x => x.Criterion.Field, StringComparer.Ordinal).Select(x => x.Rank)))),
        string.Join(",", result.Screened.Select(s => s.Id).Order(StringComparer.Ordinal)),
        string.Join(",", result.Preferred),
        string.Join(",", result.Sensitivities.Select(s => $"{s.Criterion.Field}={s.Weight}>{string.Join("+", s.Preferred)}")
            .Order(StringComparer.Ordinal)));

    /// <summary>FM 6-0 by another route: screen, sort each criterion's values best first, rank by first position, sum, take the lowest.</summary>
    private static (Dictionary<string, (int Unweighted, double Weighted)> Totals, string[] Preferred) Independent(
        IReadOnlyList<Criterion> criteria, IReadOnlyList<Candidate> candidates, IReadOnlyDictionary<string, double> weights)
    {
        var remaining = candidates.Where(o => !criteria.Any(c => c.Benchmark is { } b && c.Type == CriterionType.Number
            && (c.Better == Better.Lower ? Num(o, c) > double.Parse(b, CultureInfo.InvariantCulture)
                : Num(o, c) < double.Parse(b, CultureInfo.InvariantCulture)))).ToList();
        var totals = remaining.ToDictionary(o => o.Id, o => (Unweighted: 0, Weighted: 0.0));
        foreach (var c in criteria)
        {
            var keys = remaining.Select(o => Key(c, o)).OrderBy(k => k).ToList();
            foreach (var o in remaining)
            {
                var rank = keys.IndexOf(Key(c, o)) + 1;
                totals[o.Id] = (totals[o.Id].Unweighted + rank, totals[o.Id].Weighted + (rank * weights[c.Field]));
            }
        }
        var best = totals.Count == 0 ? 0 : totals.Values.Min(t => Math.Round(t.Weighted, 9));
        return (totals, [.. totals.Where(t => Math.Round(t.Value.Weighted, 9) == best).Select(t => t.Key).Order(StringComparer.Ordinal)]);
    }

    private static double Num(Candidate o, Criterion c) => double.Parse(o.ValueOf(c), CultureInfo.InvariantCulture);

    private static double Key(Criterion c, Candidate o) => c.Type == CriterionType.Number
        ? (c.Better == Better.Lower ? Num(o, c) : -Num(o, c))
        : (c.Better == Better.First ? c.Allowed.IndexOf(o.ValueOf(c)) : -c.Allowed.IndexOf(o.ValueOf(c)));
}
