using System.Collections.Immutable;
using Brief.Content.Schema;

namespace Brief.Content.Criteria;

/// <summary>What a criterion's values are: one of a list, a number, free text, or references to other documents.</summary>
public enum CriterionType
{
    Values,
    Number,
    Text,
    References,
}

/// <summary>Which end of a criterion is better: of its values (first, last) or of its numbers (lower, higher); none for unranked.</summary>
public enum Better
{
    None,
    First,
    Last,
    Lower,
    Higher,
}

/// <summary>
/// What the ids of a references criterion name: authorities (glossary terms or explainers) or events (timeline events or free text).
/// </summary>
public enum RefersTo
{
    Authorities,
    Events,
}

/// <summary>
/// One field option cards are compared on, as a briefing's criteria.yml (or the built-in declaration) declares it: its
/// front-matter key (a dotted key, e.g. "group.name", lies in the mapping "group"), the words readers see, the values it
/// allows, which end is better and how much it weighs in the decision matrix.
/// </summary>
public sealed record Criterion(string Field, string Label, CriterionType Type)
{
    public string Definition { get; init; } = "";
    public ImmutableArray<FieldChoice> Choices { get; init; } = [];
    public Better Better { get; init; } = Better.None;

    /// <summary>The weight criteria.yml gives; null when it gives none (a ranked criterion then weighs 1).</summary>
    public double? Weight { get; init; }

    public string? Unit { get; init; }

    /// <summary>The worst acceptable value (a number, or one of the values); an option beyond it is screened out.</summary>
    public string? Benchmark { get; init; }

    /// <summary>Whether the home page's option cards show the field among their few key fields.</summary>
    public bool Glance { get; init; }

    public RefersTo RefersTo { get; init; } = RefersTo.Authorities;

    /// <summary>Whether the decision matrix ranks options on it.</summary>
    public bool Ranked => Better != Better.None && Type is CriterionType.Values or CriterionType.Number;

    public double EffectiveWeight => Weight ?? (Ranked ? 1 : 0);

    /// <summary>A values criterion with a better end: its values are levels, shown in level colours.</summary>
    public bool IsLevel => Type == CriterionType.Values && Better is Better.First or Better.Last;

    /// <summary>The mapping the field lies in, or null for a top-level field.</summary>
    public string? Group => Field.IndexOf('.') is var dot and >= 0 ? Field[..dot] : null;

    /// <summary>The field's name within its mapping (one level of mapping: the key's rest after the first dot).</summary>
    public string Name => Field[(Field.IndexOf('.') + 1)..];

    public ImmutableArray<string> Allowed => [.. Choices.Select(c => c.Value)];

    /// <summary>How a value rates on a level criterion (the better end good, the worse end bad); null otherwise.</summary>
    public Rating? RatingOf(string value)
    {
        var index = Allowed.IndexOf(value);
        if (!IsLevel || index < 0)
        {
            return null;
        }
        var fromBest = Better == Better.First ? index : Choices.Length - 1 - index;
        return fromBest == 0 ? Rating.Good : fromBest == Choices.Length - 1 ? Rating.Bad : Rating.Fair;
    }

    /// <summary>The word readers see for an allowed value; null for a value the field does not allow.</summary>
    public string? LabelOf(string value) => Choices.FirstOrDefault(c => c.Value == value)?.Label;
}

/// <summary>A front-matter mapping that holds criteria (their fields start with its key and a dot).</summary>
public sealed record CriterionGroup(string Field, string Definition);
