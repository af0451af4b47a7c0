using System.Collections.Immutable;
using Brief.Content.Model;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Site.Model;
using Brief.Word;

namespace Brief.Site.Modules;

/// <summary>
/// brief build --docx: converts every brief's rendered page in the freshly written site (before it replaces the old
/// one) to a Word file, briefs/NAME.docx, and every decision memo's to memos/ID.docx. The files to make are
/// (page, .docx) pairs (<see cref="Jobs"/>): another kind of printable page is one more pair. One document per file
/// written (<see cref="SiteKeys.WordFile"/>).
/// </summary>
public sealed class WriteWordFiles : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var options = context.Setting(SiteKeys.Options);
        if (context.Setting(SiteKeys.Mode) != BuildMode.Build || !options.Docx)
        {
            return [];
        }
        var catalog = context.OutputsOf(SitePipelines.Catalog).Single().Get(SiteKeys.Catalog);
        var site = catalog.Site;
        var stamp = (site.AsOf ?? new DateOnly(2000, 1, 1)).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var settings = new WordSettings(site.BaseUrl, site.Url is { } url ? url + site.BaseUrl : null, stamp);
        var jobs = Jobs(catalog);
        Parallel.ForEach(jobs, new ParallelOptions { CancellationToken = context.CancellationToken }, job =>
            WordFile.Write(Path.Combine(options.OutputRoot, job.PagePath), Path.Combine(options.OutputRoot, job.OutputPath), settings));
        return [.. jobs.Select(j => Document.Create(null, j.OutputPath).With(SiteKeys.WordFile, j.OutputPath))];
    }

    /// <summary>
    /// The Word files a build makes: one per brief (a site without briefs.yml files has the default brief) and one per
    /// decision memo, memos/ID.docx.
    /// </summary>
    public static IReadOnlyList<WordJob> Jobs(Catalog catalog)
    {
        var briefs = catalog.Manifests.IsEmpty ? [BriefManifest.Default(catalog.Site.Title)] : catalog.Manifests;
        return [.. briefs.Select(b => WordJob.ForPage("briefs", b.Name)),
            .. Pages.MemoPages.Memos(catalog).Select(m => WordJob.ForPage("memos", m.Id))];
    }
}
