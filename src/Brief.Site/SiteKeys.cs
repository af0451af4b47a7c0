using Brief.Content.Model;
using Brief.Core.Documents;
using Brief.Markdown.Parsing;
using Brief.Markdown.Rendering;
using Brief.Site.Model;
using Brief.Site.Theme;

namespace Brief.Site;

/// <summary>The metadata keys of a briefing site's documents and settings.</summary>
public static class SiteKeys
{
    // settings
    public static readonly Key<BuildOptions> Options = new("options");
    public static readonly Key<SiteSettings> Site = new("site");
    public static readonly Key<ThemeTemplates> Theme = new("theme");

    /// <summary>What the run is for: check, build or serve.</summary>
    public static readonly Key<BuildMode> Mode = new("mode");

    /// <summary>False in a check: the output phase produces every file's content but writes none.</summary>
    public static readonly Key<bool> WriteOutput = new("write-output");

    /// <summary>What option cards are compared on: input/criteria.yml, else the built-in criteria.</summary>
    public static readonly Key<Content.Criteria.CriteriaDeclaration> Criteria = new("criteria");

    /// <summary>The fingerprint of site.yml (and criteria.yml) as read (the build cache's root).</summary>
    public static readonly Key<string> SiteKey = new("site-key");

    /// <summary>The build cache: what earlier builds made, and what this one makes for the next.</summary>
    public static readonly Key<Incremental.BuildCache> Cache = new("cache");

    /// <summary>The output folder as it was before this build (unchanged pages are linked from it).</summary>
    public static readonly Key<string> PreviousOutput = new("previous-output");

    // documents
    /// <summary>The fingerprint of a file's path and text.</summary>
    public static readonly Key<string> SourceKey = new("source-key");

    /// <summary>The fingerprint of a file's path and text without its body.</summary>
    public static readonly Key<string> FrontMatterKey = new("front-matter-key");

    /// <summary>The fingerprint of everything a rendered body was made from.</summary>
    public static readonly Key<string> BodyKey = new("body-key");

    public static readonly Key<ContentItem> Item = new("item");
    public static readonly Key<ParsedMarkdown> Parsed = new("parsed");
    public static readonly Key<RenderResult> Rendered = new("rendered");

    /// <summary>What making a document reported, carried on it so a cached document reports it again.</summary>
    public static readonly Key<IReadOnlyList<Core.Diagnostics.Diagnostic>> Diagnostics = new("diagnostics");

    /// <summary>
    /// The first use of each word in a body that looks like an abbreviation, for the editorial check
    /// (<see cref="Modules.UndefinedAcronyms"/>).
    /// </summary>
    public static readonly Key<System.Collections.Immutable.ImmutableArray<Modules.AbbreviationUse>> Abbreviations = new("abbreviations");

    /// <summary>
    /// A body's estimative phrases and key judgments, for the editorial check of ICD 203 (<see cref="Modules.EstimativeLanguage"/>;
    /// none unless site.yml asks for it).
    /// </summary>
    public static readonly Key<Markdown.Estimative.EstimativeFacts> Estimative = new("estimative");

    /// <summary>
    /// A body's text as the search index holds it (empty when no index is built): lazy, because a body read back from a
    /// saved cache needs it only when its search entry or fragment is made again.
    /// </summary>
    public static readonly Key<Lazy<SearchText>> SearchText = new("search-text");

    /// <summary>The search index's version (a fingerprint of what its files follow from), on the index's plan.</summary>
    public static readonly Key<string> SearchVersion = new("search-version");

    /// <summary>The documents the search index is made from, each with its entry's key, in page-number order
    /// (<see cref="Modules.IndexForSearch"/>).</summary>
    public static readonly Key<IReadOnlyList<(Document Body, string Key)>> SearchPlan = new("search-plan");

    /// <summary>
    /// The fingerprint of everything a written file's bytes follow from: a file the previous build wrote from the
    /// same key is linked from there (or left in place), not written again.
    /// </summary>
    public static readonly Key<string> ContentKey = new("content-key");
    public static readonly Key<BriefManifest> Manifest = new("manifest");
    public static readonly Key<Catalog> Catalog = new("catalog");

    /// <summary>A page to lay out: its layout and how to build its model.</summary>
    public static readonly Key<PageJob> Page = new("page");

    /// <summary>A brief printed to PDF, with its page count.</summary>
    public static readonly Key<Print.PrintedBrief> Printed = new("printed");

    /// <summary>A Word file written (brief build --docx), relative to the site folder.</summary>
    public static readonly Key<string> WordFile = new("word-file");

    /// <summary>The absolute path of a file to copy as it is (assets).</summary>
    public static readonly Key<string> CopyFrom = new("copy-from");
}
