using System.Collections.Immutable;

namespace Brief.Content.Schema;

/// <summary>One allowed value of an option field and the word readers see for it.</summary>
public sealed record FieldChoice(string Value, string Label);

/// <summary>Whether an option field's values are levels (shown in level colours), and which end of them is the better one.</summary>
public enum LevelScale
{
    NotALevel,
    LowerIsBetter,
    HigherIsBetter,
}

/// <summary>
/// One field on which option cards are compared: its key in the front matter (a dotted key, e.g. "group.name",
/// lies in the mapping <see cref="OptionFieldGroup"/> "group"), what it means, the values it allows with the words
/// readers see for them, and how the site shows it.
/// </summary>
/// <param name="Column">The field's heading in the comparison matrix and its label on the card.</param>
public sealed record OptionField(string Key, string Description, string Column, ImmutableArray<FieldChoice> Choices)
{
    public bool Required { get; init; } = true;
    public LevelScale Scale { get; init; } = LevelScale.NotALevel;

    /// <summary>Whether the home page's option cards show the field among their few key fields.</summary>
    public bool AtAGlance { get; init; }

    public bool IsLevel => Scale != LevelScale.NotALevel;

    /// <summary>The mapping the field lies in, or null for a top-level field.</summary>
    public string? Group => Key.IndexOf('.') is var dot and >= 0 ? Key[..dot] : null;

    /// <summary>The field's name within its mapping (one level of mapping: the key's rest after the first dot).</summary>
    public string Name => Key[(Key.IndexOf('.') + 1)..];

    public ImmutableArray<string> Allowed => [.. Choices.Select(c => c.Value)];

    /// <summary>
    /// How a value rates on a level field (its choices run from low to high, and <see cref="Scale"/> says which end is
    /// better); null for a field that is not a level or a value it does not allow.
    /// </summary>
    public Rating? RatingOf(string value)
    {
        var index = Allowed.IndexOf(value);
        if (!IsLevel || index < 0)
        {
            return null;
        }
        var fromBest = Scale == LevelScale.LowerIsBetter ? index : Choices.Length - 1 - index;
        return fromBest == 0 ? Rating.Good : fromBest == Choices.Length - 1 ? Rating.Bad : Rating.Fair;
    }

    /// <summary>The word readers see for an allowed value; null for a value the field does not allow.</summary>
    public string? LabelOf(string value) => Choices.FirstOrDefault(c => c.Value == value)?.Label;
}

/// <summary>A front-matter mapping that holds option fields (their keys start with its key and a dot).</summary>
public sealed record OptionFieldGroup(string Key, string Description, bool Required = true);
