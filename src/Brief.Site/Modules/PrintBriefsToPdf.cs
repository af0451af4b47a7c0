using System.Collections.Immutable;
using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Core.Documents;
using Brief.Core.Modules;
using Brief.Core.Pipelines;
using Brief.Print;

namespace Brief.Site.Modules;

/// <summary>
/// brief build --pdf: prints every brief of the freshly written site (before it replaces the old one) with the
/// system Chromium, into briefs/NAME.pdf, and checks each against its page budget: a brief over its max_pages is a
/// warning naming it and its page count. Every decision memo is printed too, into memos/ID.pdf, in the same browser
/// (<see cref="Memos.MemoPrints"/>): a memo over its max_pages is an error. One document per printed brief or memo
/// (<see cref="SiteKeys.Printed"/>).
/// </summary>
public sealed class PrintBriefsToPdf : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var options = context.Setting(SiteKeys.Options);
        if (context.Setting(SiteKeys.Mode) != BuildMode.Build || options.PdfWith is not { } chromium)
        {
            return [];
        }
        var catalog = context.OutputsOf(SitePipelines.Catalog).Single().Get(SiteKeys.Catalog);
        var manifests = catalog.Manifests.IsEmpty ? [BriefManifest.Default(catalog.Site.Title)] : catalog.Manifests;
        var jobs = manifests.Select(m => new PrintJob(m.Name,
            new PdfInfo(m.Title, m.Subtitle, catalog.Site.Title, catalog.Site.AsOf),
            Path.Combine(options.OutputRoot, "briefs", m.Name + ".pdf"))).ToList();
        var memos = Memos.MemoPrints.Jobs(catalog, options.OutputRoot);
        // the engine runs each phase on a pool thread with no synchronization context, so waiting here cannot deadlock
        var printed = BriefPrinter.PrintAsync(chromium, options.OutputRoot, catalog.Site.BaseUrl, [.. jobs, .. memos.Select(m => m.Job)],
            context.CancellationToken)
            .GetAwaiter().GetResult();
        foreach (var (manifest, result) in manifests.Zip(printed))
        {
            if (manifest.MaxPages is { } budget && result.Pages > budget)
            {
                context.Diagnostics.Warning(Codes.OverPageBudget, $"brief '{manifest.Name}' prints {result.Pages} pages, over its budget of {budget}",
                    manifest.File, manifest.MaxPagesPosition.Line, manifest.MaxPagesPosition.Column, "shorten or drop sections, or raise max_pages");
            }
        }
        var printedMemos = printed.Skip(jobs.Count).ToList();
        Memos.MemoPrints.Check(memos, printedMemos, context.Diagnostics);
        return [.. printed.Take(jobs.Count).Select(p => Document.Create(null, $"briefs/{p.Name}.pdf").With(SiteKeys.Printed, p)),
            .. printedMemos.Select(p => Document.Create(null, Memos.MemoPrints.PdfPath(p.Name)).With(SiteKeys.Printed, p))];
    }
}
