using System.Collections.Immutable;
using Brief.Content.Schema;

namespace Brief.Content.Model;

/// <summary>
/// A decision memo (memos/*.md): to a decision maker, recommending one option card, with the options considered and
/// how each clearing office stands. Its body's first section is the bottom line up front.
/// </summary>
public sealed record DecisionMemo : ContentItem
{
    /// <summary>The printed page limit when the memo sets none.</summary>
    public const int DefaultMaxPages = 2;

    public required string To { get; init; }
    public required string From { get; init; }
    public DateOnly? Date { get; init; }
    public DateOnly? DecisionBy { get; init; }

    /// <summary>The id of the option recommended, where it is written; null when missing (already reported).</summary>
    public Located<string>? Recommendation { get; init; }

    /// <summary>The options considered, as the memo names them; empty: every option.</summary>
    public ImmutableArray<Located<string>> Options { get; init; } = [];

    public ImmutableArray<Clearance> Clearance { get; init; } = [];

    public int MaxPages { get; init; } = DefaultMaxPages;
}

/// <summary>One clearing office's position on a memo, and where it is written.</summary>
public sealed record Clearance(string Office, string Position, string? Note, int Line, int Column)
{
    /// <summary>A nonconcurrence or a split: the office does not (wholly) agree.</summary>
    public bool Dissent => Position is "nonconcur" or "split";
}
