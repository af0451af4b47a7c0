using Brief.Core.Pipelines;
using Brief.Site.Incremental;
using Brief.Site.Modules;

namespace Brief.Site;

/// <summary>
/// The whole flow of a briefing site, in one place.
///
///   Content    ─┐
///   Manifests  ─┼─► Catalog ─► Render ─┐
///   Assets     ─┘                      ├─► Pages (post-process: backlinks, layouts, indexes, briefs;
///                                      │          robots.txt, _headers, sitemap.xml, feed.xml) ─► write
///   Theme assets ──────────────────────┘                                    Assets, Theme assets ─► copy
///                                     Render ─► Editorial (warnings: unused terms, unexplained abbreviations,
///                                                stale reviews, option cards missing a section, ICD 203 estimative language)
///                                     Render ─► Search (plans the index of every body's text; its version) ─► make
///                                               the index (by type, sharded) beside the pages' layout ─► write
///   then, after every write and only without errors (deployment pipelines, one after the other):
///                                     Print (brief build --pdf: every brief to PDF, in the new folder)
///                                     Word (brief build --docx: every brief's page to briefs/NAME.docx, in the new folder)
///                                     Publish (the new folder replaces the output, in one step; an update (brief build
///                                              with the output's cache records): its changed files are moved in
///                                              and stale files removed, after a journal of them; brief serve:
///                                              stale files removed; the build cache saved for the next brief build)
///
/// Input phases read and check files in parallel; Catalog sees every document before anything is rendered, so
/// glossary linking knows every term and link checking knows every file and anchor; Pages runs after every
/// process phase, so "Referenced by" sees every page; an unchanged page is left where it is in an update and in
/// brief serve, and hard-linked from the output into a full build's new folder. Render renders only the bodies the body cache does not hold
/// (<see cref="CacheDocuments"/>; brief serve keeps it across builds). Nothing is written unless the run has no errors. A check runs
/// the same map and writes nothing (<see cref="BuildMode"/>); the builder only chooses the mode.
/// </summary>
public static class SitePipelines
{
    public const string Content = "Content";
    public const string Manifests = "Manifests";
    public const string Assets = "Assets";
    public const string ThemeAssets = "ThemeAssets";
    public const string Catalog = "Catalog";
    public const string Render = "Render";
    public const string Pages = "Pages";
    public const string Editorial = "Editorial";
    public const string Search = "Search";
    public const string Print = "Print";
    public const string Word = "Word";
    public const string Publish = "Publish";

    public static IReadOnlyList<Pipeline> Create() =>
    [
        new(Content) { Input = [new RefuseLinks(), new ReadContent()] },
        new(Manifests) { Input = [new ReadManifests()] },
        new(Assets) { Input = [new ReadStaticFiles(fromTheme: false)], Output = [new WriteFiles()] },
        new(ThemeAssets) { Input = [new ReadStaticFiles(fromTheme: true)], Output = [new WriteFiles()] },
        new(Catalog) { DependsOn = [Content, Manifests, Assets], Process = [new BuildCatalog()] },
        new(Render)
        {
            DependsOn = [Catalog],
            Process = [new ListBodies(), new CacheDocuments(SiteKeys.BodyKey, cache => cache.Bodies, new RenderBody()), new ReportDiagnostics()],
        },
        new(Editorial) { DependsOn = [Render], Process = [new CheckEditorial()] },
        new(Search) { DependsOn = [Render], Process = [new IndexForSearch()], Output = [new BuildSearchIndex(), new WriteFiles()] },
        new(Pages) { PostProcess = [new PlanPages(), new AddHostingFiles()], Output = [new LayOutPages()] },
        new(Print) { Deployment = true, Output = [new PrintBriefsToPdf()] },
        new(Word) { Deployment = true, DependsOn = [Print], Output = [new WriteWordFiles()] },
        new(Publish) { Deployment = true, DependsOn = [Print, Word], Output = [new PublishOutput(), new SaveBuildCache()] },
    ];
}
