using System.Collections.Immutable;
using Brief.Content.Criteria;
using Brief.Content.Schema;

namespace Brief.Content.Model;

/// <summary>
/// A Markdown document of the briefing, read and checked against its schema. Records are immutable; a field
/// that failed validation holds its empty value (the error is already reported) so that the rest of the
/// document can still be checked in the same run.
/// </summary>
public abstract record ContentItem
{
    public required string Id { get; init; }
    public required ContentKind Kind { get; init; }

    /// <summary>The path relative to the input folder, '/' separated, e.g. "options/raid.md".</summary>
    public required string Source { get; init; }

    /// <summary>The path diagnostics name.</summary>
    public required string File { get; init; }

    public required string Title { get; init; }
    public string? Summary { get; init; }
    public ImmutableArray<string> Tags { get; init; } = [];
    public ImmutableArray<Located<string>> Sources { get; init; } = [];
    public DateOnly? Reviewed { get; init; }
    public bool Draft { get; init; }
    public double? Order { get; init; }

    /// <summary>The Markdown body and the file line it starts on.</summary>
    public required string Body { get; init; }
    public required int BodyLine { get; init; }

    public required FieldValues Fields { get; init; }
}

public sealed record HomePage : ContentItem;

public sealed record PlainPage : ContentItem;

public sealed record Explainer : ContentItem;

public sealed record OptionCard : ContentItem
{
    public ImmutableArray<Located<string>> Authorities { get; init; } = [];

    /// <summary>
    /// The values of the fields options are compared on, one for each compared criterion in its order;
    /// a value absent or not allowed is "" (the error is already reported).
    /// </summary>
    public ImmutableArray<OptionFieldValue> Compared { get; init; } = [];

    public ImmutableArray<Located<string>> Precedents { get; init; } = [];

    /// <summary>The value of the compared field with this key; "" when the card has no such field.</summary>
    public string ValueOf(string key) => Compared.FirstOrDefault(v => v.Field.Field == key)?.Value ?? "";
}

/// <summary>An option card's value of one compared criterion.</summary>
public sealed record OptionFieldValue(Criterion Field, string Value);

public sealed record GlossaryTerm : ContentItem
{
    public required string Term { get; init; }
    public string? Expansion { get; init; }
    public ImmutableArray<string> Aliases { get; init; } = [];
    public bool Autolink { get; init; } = true;
}

public sealed record SourceEntry : ContentItem
{
    public string SourceKind { get; init; } = "";
    public required string Name { get; init; }
    public string? Role { get; init; }
    public string? Url { get; init; }
    public DateOnly? Date { get; init; }
}

public sealed record TimelineEvent : ContentItem
{
    public PartialDate? Date { get; init; }
}
