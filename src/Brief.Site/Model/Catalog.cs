using System.Collections.Frozen;
using System.Collections.Immutable;
using Brief.Content.Model;
using Brief.Markdown.Glossary;
using Brief.Markdown.Parsing;

namespace Brief.Site.Model;

/// <summary>
/// Everything the site knows after loading, before rendering: every document by id and by file, their anchors,
/// the assets, the brief manifests and the glossary. Read-only: built once per run by BuildCatalog, then only looked
/// up, many times per page, so its tables are frozen collections.
/// </summary>
public sealed record Catalog
{
    public required SiteSettings Site { get; init; }
    public required Urls Urls { get; init; }
    public required FrozenDictionary<string, ContentItem> Items { get; init; }
    public required FrozenDictionary<string, ContentItem> BySource { get; init; }
    public required FrozenDictionary<string, ParsedMarkdown> Parsed { get; init; }
    public required FrozenSet<string> Assets { get; init; }
    public required ImmutableArray<BriefManifest> Manifests { get; init; }
    public required GlossaryIndex Glossary { get; init; }

    /// <summary>What option cards are compared on.</summary>
    public Content.Criteria.CriteriaDeclaration Criteria { get; init; } = Content.Criteria.BuiltInCriteria.Declaration;

    /// <summary>Each document's source fingerprint (its path and text), by id.</summary>
    public FrozenDictionary<string, string> SourceKeys { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Each document's front matter fingerprint (its path and text without the body), by id.</summary>
    public FrozenDictionary<string, string> FrontMatterKeys { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>
    /// The fingerprint of everything that rendering one body can depend on besides the body itself: settings,
    /// every document's address, title and anchors, every glossary term in full, the assets and the manifests.
    /// Two builds with the same key render the same body text to the same HTML.
    /// </summary>
    public string Key { get; init; } = "";

    /// <summary>Each document's highest portion marks, by id (<see cref="Markings.MarkingCheck"/>); empty without site.yml markings.</summary>
    public FrozenDictionary<string, Markings.DocumentMarks> Marks { get; init; } = FrozenDictionary<string, Markings.DocumentMarks>.Empty;

    /// <summary>Files left out because they are drafts: links to them get a precise hint.</summary>
    public required FrozenSet<string> DraftSources { get; init; }

    public IEnumerable<T> All<T>() where T : ContentItem => Items.Values.OfType<T>();

    /// <summary>Whether the briefing has decision memos: every page's navigation asks, so it is found once, when the catalog is built.</summary>
    public bool HasMemos { get; init; }

    /// <summary>Items of one type in reading order (<see cref="Orderings.InReadingOrder"/>).</summary>
    public ImmutableArray<T> Ordered<T>() where T : ContentItem => [.. Orderings.InReadingOrder(All<T>())];

    /// <summary>Every timeline event in order (<see cref="Orderings.Chronological"/>).</summary>
    public ImmutableArray<TimelineEvent> Chronology() => [.. Orderings.Chronological(All<TimelineEvent>())];

    /// <summary>Every glossary term A–Z (<see cref="Orderings.AToZ"/>).</summary>
    public ImmutableArray<GlossaryTerm> TermsAToZ() => [.. Orderings.AToZ(All<GlossaryTerm>())];

    /// <summary>Every source by name (<see cref="Orderings.ByName"/>).</summary>
    public ImmutableArray<SourceEntry> SourcesByName() => [.. Orderings.ByName(All<SourceEntry>())];

    /// <summary>Every document by file path (<see cref="Orderings.ByFile"/>).</summary>
    public ImmutableArray<ContentItem> ByFile() => [.. Orderings.ByFile(Items.Values)];

    public ContentItem? Find(string id) => Items.GetValueOrDefault(id);
}
