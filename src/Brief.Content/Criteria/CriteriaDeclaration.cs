using System.Collections.Immutable;

namespace Brief.Content.Criteria;

/// <summary>
/// The criteria option cards are compared on, in the order cards and the matrix show them: a briefing's criteria.yml,
/// else the built-in declaration (<see cref="BuiltInCriteria"/>).
/// </summary>
/// <param name="Fingerprint">Identifies the declaration's text: a build cache keyed on it is invalid when the file changes.</param>
public sealed record CriteriaDeclaration(ImmutableArray<Criterion> Items, ImmutableArray<CriterionGroup> Groups, string Fingerprint)
{
    /// <summary>The criteria cards and the matrix show as values (all but references).</summary>
    public IEnumerable<Criterion> Compared => Items.Where(c => c.Type != CriterionType.References);

    public IEnumerable<Criterion> References(RefersTo kind) => Items.Where(c => c.Type == CriterionType.References && c.RefersTo == kind);

    /// <summary>The decision matrix is shown when any criterion has an explicit weight.</summary>
    public bool HasDecisionMatrix => Items.Any(c => c.Weight is not null);

    public string GroupDefinition(string group) =>
        Groups.FirstOrDefault(g => g.Field == group)?.Definition ?? $"The {group} criteria.";
}
