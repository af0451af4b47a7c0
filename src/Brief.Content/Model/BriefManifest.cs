using System.Collections.Immutable;
using Brief.Content.Schema;

namespace Brief.Content.Model;

/// <summary>briefs/NAME.yml: what a printed brief holds, in order.</summary>
public sealed record BriefManifest
{
    public required string Name { get; init; }
    public required string File { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public string? Audience { get; init; }
    public string Paper { get; init; } = "letter";
    public int? MaxPages { get; init; }

    /// <summary>Where max_pages is written, for the over-budget warning.</summary>
    public (int Line, int Column) MaxPagesPosition { get; init; }
    public ImmutableArray<Located<SectionRef>> Sections { get; init; } = [];

    /// <summary>Whether the matrix section holds the decision matrix (when the criteria ask for one) beside the matrix at a glance.</summary>
    public bool DecisionMatrix { get; init; } = true;

    /// <summary>The brief that exists when no manifest does: everything, in a sensible order.</summary>
    public static BriefManifest Default(string title) => new()
    {
        Name = "brief",
        File = "",
        Title = title,
        Sections = [.. new[] { "bluf", "contents", "explainers", "options", "matrix", "timeline", "glossary", "sources" }
            .Select(kind => new Located<SectionRef>(new SectionRef(kind), 0, 0))],
    };
}
