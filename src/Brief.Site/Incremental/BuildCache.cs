using Brief.Content.Criteria;
using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;
using Brief.Markdown.Parsing;
using Brief.Markdown.Rendering;
using Brief.Site.Incremental.Saved;
using Brief.Site.Model;
using Brief.Site.Search;
using Brief.Site.Theme;

namespace Brief.Site.Incremental;

/// <summary>
/// What earlier builds made, so a rebuild redoes only what a change affects: one typed cache per purpose, each
/// keyed by the fingerprint of everything its values follow from, each used by the one step it speeds up.
/// brief serve keeps every cache in memory across its builds; brief build saves the page records and the caches of the
/// work every page repeats (stamps, files, bodies, search entries, the printed brief's pieces) in its cache folder (<c>--cache</c>), for the next
/// process; <c>--no-cache</c> keeps nothing. Each build reads the last generation of every cache and
/// writes the next; what a build did not use is forgotten.
/// </summary>
public sealed class BuildCache
{
    /// <summary>A read Markdown file: its document (null when it has errors), its parsed body, its diagnostics and the fingerprint of its front
    /// matter.</summary>
    public sealed record FileEntry(ContentItem? Item, ParsedMarkdown? Parsed, IReadOnlyList<Diagnostic> Diagnostics, string? FrontMatterKey);

    /// <summary>
    /// A piece of a printed brief (a body, or a document laid out with its body) written from a given state of the
    /// brief's notes, what it changed in them, and the keys of the pieces it was made of.
    /// </summary>
    public sealed record PrintEntry(HtmlFragment Html, IReadOnlyList<string> Changes, IReadOnlyList<string> Inner);

    /// <summary>The theme's templates as loaded, with the errors loading them gave.</summary>
    public sealed record LoadedTheme(ThemeTemplates Theme, IReadOnlyList<Diagnostic> Diagnostics);

    private BuildCache(bool inMemory, PageRecords? pages, CriteriaDeclaration? saved = null)
    {
        KeepsInMemory = inMemory;
        Pages = pages ?? new PageRecords();
        RecordsPages = pages is not null;
        var keeps = inMemory || saved is not null;
        Stamps = new(keeps);
        Files = new(keeps, saved is null ? null : new FileEntryCodec(saved));
        Bodies = new(keeps, saved is null ? null : new BodyCodec());
        SearchEntries = new(keeps, saved is null ? null : new SearchEntryCodec());
        Themes = new(inMemory);
        References = new(keeps, saved is null ? null : new ReferencesCodec());
        Related = new(keeps, saved is null ? null : new RelatedCodec());
        BriefAppendices = new(keeps, saved is null ? null : new AppendicesCodec());
        BriefPieces = new(keeps, saved is null ? null : new PrintEntryCodec());
        BriefMatrices = new(keeps, saved is null ? null : new HtmlCodec());
    }

    /// <summary>When this build began (a file modified since is not trusted by its stamp next time).</summary>
    private DateTime Began { get; } = DateTime.UtcNow;

    /// <summary>Whether the caches keep what they make for the next build in this process (brief serve).</summary>
    public bool KeepsInMemory { get; }

    /// <summary>
    /// Whether pages are fingerprinted and recorded, for a later build to reuse. A clean one-off build
    /// (<c>--no-cache</c>) has no later build: it lays every page out without fingerprinting its model.
    /// </summary>
    public bool RecordsPages { get; }

    /// <summary>ReadContent: the fingerprint of each file by its length and time, so an unchanged file is not read.</summary>
    public FileStamps Stamps { get; }

    /// <summary>ReadContent: each file read, checked and parsed, by the fingerprint of its path and text.</summary>
    public Memo<FileEntry> Files { get; }

    /// <summary>Render: each rendered body (a document with its HTML, search text and diagnostics), by <see cref="SiteKeys.BodyKey"/>.</summary>
    public Memo<Document> Bodies { get; }

    /// <summary>The builder: the theme's templates, by the fingerprint of every layout and partial.</summary>
    public Memo<LoadedTheme> Themes { get; }

    /// <summary>PlanPages: who refers to whom, by the fingerprint of everything but the bodies.</summary>
    public Memo<References> References { get; }

    /// <summary>PlanPages: the related pages of each explainer and option, by the same fingerprint.</summary>
    public Memo<IReadOnlyDictionary<string, IReadOnlyList<string>>> Related { get; }

    /// <summary>Printed briefs: the glossary terms and sources each brief lists and where its links point.</summary>
    public Memo<Pages.Brief.BriefContents.Appendices> BriefAppendices { get; }

    /// <summary>Printed briefs: each body and laid-out document, by its key and the state of the brief's notes.</summary>
    public Memo<PrintEntry> BriefPieces { get; }

    /// <summary>Printed briefs: each brief's comparison matrix.</summary>
    public Memo<HtmlFragment> BriefMatrices { get; }

    /// <summary>Search: each document's index entry, by its body's key and its front matter.</summary>
    public Memo<SearchEntry> SearchEntries { get; }

    /// <summary>LayOutPages and WriteFiles: what each written file was made from.</summary>
    public PageRecords Pages { get; }

    /// <summary>Caches that remember nothing yet, to keep across builds in one process (brief serve).</summary>
    public static BuildCache Empty() => new(inMemory: true, new PageRecords());

    /// <summary>Caches for one build that no later build reads: nothing kept, nothing recorded.</summary>
    public static BuildCache ForOneBuild() => new(inMemory: false, pages: null);

    /// <summary>
    /// Caches for one brief build, from what an earlier one saved in its cache folder (<see cref="Save"/>): the page records, and
    /// the stamps, files, bodies and search entries, so a new process redoes only what a change affects. Option cards
    /// are read through <paramref name="criteria"/>, as the keys of cached cards say.
    /// </summary>
    public static BuildCache Load(string folder, CriteriaDeclaration criteria)
    {
        var cache = new BuildCache(inMemory: false, new PageRecords(), criteria);
        RemoveLeftovers(folder);
        Parallel.Invoke(
            () => cache.Pages.Read(folder),
            () => cache.Stamps.Load(Path.Combine(folder, StampsFile)),
            () => cache.Files.Load(Path.Combine(folder, FilesFile)),
            () => cache.Bodies.Load(Path.Combine(folder, BodiesFile)),
            () => cache.SearchEntries.Load(Path.Combine(folder, SearchFile)),
            () => cache.BriefAppendices.Load(Path.Combine(folder, AppendicesFile)),
            () => cache.BriefPieces.Load(Path.Combine(folder, PiecesFile)),
            () => cache.BriefMatrices.Load(Path.Combine(folder, MatricesFile)),
            () => cache.References.Load(Path.Combine(folder, ReferencesFile)),
            () => cache.Related.Load(Path.Combine(folder, RelatedFile)));
        return cache;
    }

    /// <summary>Saves what a published brief build used and made into its cache folder, for the next one to <see cref="Load"/>.</summary>
    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        Parallel.Invoke(
            () => Pages.Save(folder),
            () => Stamps.Save(Path.Combine(folder, StampsFile), Began),
            () => Files.Save(Path.Combine(folder, FilesFile)),
            () => Bodies.Save(Path.Combine(folder, BodiesFile)),
            () => SearchEntries.Save(Path.Combine(folder, SearchFile)),
            () => BriefAppendices.Save(Path.Combine(folder, AppendicesFile)),
            () => BriefPieces.Save(Path.Combine(folder, PiecesFile)),
            () => BriefMatrices.Save(Path.Combine(folder, MatricesFile)),
            () => References.Save(Path.Combine(folder, ReferencesFile)),
            () => Related.Save(Path.Combine(folder, RelatedFile)));
    }

    /// <summary>Deletes what builds killed while they wrote the cache left in its folder (an hour old: not a build still running).</summary>
    private static void RemoveLeftovers(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*.bin.*").Where(f => f.EndsWith(".new", StringComparison.Ordinal)
            || f.EndsWith(".tmp", StringComparison.Ordinal)))
        {
            if (File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddHours(-1))
            {
                File.Delete(file);
            }
        }
    }

    private const string StampsFile = "stamps.bin";
    private const string FilesFile = "files.bin";
    private const string BodiesFile = "bodies.bin";
    private const string SearchFile = "search.bin";
    private const string AppendicesFile = "brief-appendices.bin";
    private const string PiecesFile = "brief-pieces.bin";
    private const string MatricesFile = "brief-matrices.bin";
    private const string ReferencesFile = "references.bin";
    private const string RelatedFile = "related.bin";

    /// <summary>What this build took from the caches of the work every page repeats, and what it made again.</summary>
    public CacheUse Use => new(Stamps.Trusted, Files.Use, Bodies.Use, SearchEntries.Use) { PageModels = Pages.Models, BriefPieces = BriefPieces.Use };

    /// <summary>Ends a build: what it used becomes what the next build starts from; page records only if it was published.</summary>
    public void EndBuild(bool published)
    {
        Stamps.Turn();
        Files.Turn();
        Bodies.Turn();
        Themes.Turn();
        References.Turn();
        Related.Turn();
        BriefAppendices.Turn();
        BriefPieces.Turn();
        BriefMatrices.Turn();
        SearchEntries.Turn();
        Pages.Turn(published);
    }
}
