using System.Collections.Immutable;

namespace Brief.Content.Criteria;

/// <summary>What <see cref="DecisionMatrix.Compute"/> found.</summary>
/// <param name="Criteria">The ranked criteria, in declaration order: the matrix's columns.</param>
/// <param name="Rows">The options not screened out, in the order given.</param>
/// <param name="Weights">Each ranked criterion's weight, by field.</param>
/// <param name="Preferred">The ids with the lowest weighted total, in id order: more than one is a tie.</param>
public sealed record DecisionResult(
    ImmutableArray<Criterion> Criteria,
    ImmutableArray<ScreenedOut> Screened,
    ImmutableArray<DecisionRow> Rows,
    ImmutableDictionary<string, double> Weights,
    ImmutableArray<string> Preferred,
    ImmutableArray<Sensitivity> Sensitivities)
{
    public double WeightedTotal(DecisionRow row) => row.Weighted(Weights);
}

/// <summary>An option left out because its value of a criterion is beyond the benchmark.</summary>
public sealed record ScreenedOut(string Id, Criterion Criterion, string Value);

/// <summary>An option's value and rank on each ranked criterion.</summary>
public sealed record DecisionRow(string Id, ImmutableArray<DecisionCell> Cells)
{
    public int Unweighted => Cells.Sum(c => c.Rank);

    public double Weighted(IReadOnlyDictionary<string, double> weights) => Cells.Sum(c => c.Rank * weights[c.Criterion.Field]);
}

public sealed record DecisionCell(Criterion Criterion, string Value, int Rank);

/// <summary>A weight that, changed by one, would change the preferred option: to these ids (several: a tie).</summary>
public sealed record Sensitivity(Criterion Criterion, double Weight, ImmutableArray<string> Preferred);
