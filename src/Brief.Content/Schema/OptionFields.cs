using System.Collections.Immutable;

namespace Brief.Content.Schema;

/// <summary>
/// The fields option cards are compared on, declared once as data, in the order cards and the matrix show them.
/// The front-matter schema, the content model, the JSON Schema, new files, the card and the matrix all follow
/// from this list.
/// </summary>
public static class OptionFields
{
    private static readonly ImmutableArray<FieldChoice> Levels = [new("low", "Low"), new("medium", "Medium"), new("high", "High")];

    public static readonly ImmutableArray<OptionFieldGroup> Groups = [new("risk", "Risk levels.")];

    public static readonly ImmutableArray<OptionField> All =
    [
        new("congress", "What Congress must be told or must pass.", "Congress",
            [new("none", "None"), new("notify", "Notify"), new("authorize", "Authorize"),
                new("disputed", "Disputed"), new("not-stated", "Not stated")]) { AtAGlance = true },
        new("host_nation_consent", "Whether the host nation must consent.", "Host-nation consent",
            [new("required", "Required"), new("preferred", "Preferred"), new("not-required", "Not required")]),
        new("risk.forces", "Risk to U.S. forces.", "Risk to forces", Levels) { Scale = LevelScale.LowerIsBetter, AtAGlance = true },
        new("risk.escalation", "Risk of escalation.", "Escalation risk", Levels) { Scale = LevelScale.LowerIsBetter, AtAGlance = true },
        new("risk.diplomatic", "Diplomatic risk.", "Diplomatic risk", Levels) { Scale = LevelScale.LowerIsBetter, AtAGlance = true },
        new("intelligence_yield", "What the option would yield in intelligence.", "Intelligence yield", Levels)
            { Scale = LevelScale.HigherIsBetter, AtAGlance = true },
        new("duration", "How long the option runs.", "Duration",
            [new("one-off", "One-off"), new("limited", "Limited"), new("sustained", "Sustained")]),
    ];
}
