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
/// warning naming it and its page count. One document per printed brief (<see cref="SiteKeys.Printed"/>).
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
        // the engine runs each phase on a pool thread with no synchronization context, so waiting here cannot deadlock
        var printed = BriefPrinter.PrintAsync(chromium, options.OutputRoot, catalog.Site.BaseUrl, jobs, context.CancellationToken)
            .GetAwaiter().GetResult();
        foreach (var (manifest, result) in manifests.Zip(printed))
        {
            if (manifest.MaxPages is { } budget && result.Pages > budget)
            {
                context.Diagnostics.Warning(Codes.OverPageBudget, $"brief '{manifest.Name}' prints {result.Pages} pages, over its budget of {budget}",
                    manifest.File, manifest.MaxPagesPosition.Line, manifest.MaxPagesPosition.Column, "shorten or drop sections, or raise max_pages");
            }
        }
        return [.. printed.Select(p => Document.Create(null, $"briefs/{p.Name}.pdf").With(SiteKeys.Printed, p))];
    }
}
