using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Print;
using Brief.Site.Model;

namespace Brief.Site;

/// <summary>
/// brief build --pdf: prints every brief of the freshly built site (before it replaces the old one) and checks
/// each against its page budget. A brief over its max_pages is a warning naming it and its page count.
/// </summary>
public static class PrintBriefs
{
    public static async Task<IReadOnlyList<PrintedBrief>> RunAsync(
        string chromium, string siteRoot, Catalog catalog, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var manifests = catalog.Manifests.IsEmpty ? [BriefManifest.Default(catalog.Site.Title)] : catalog.Manifests;
        var jobs = manifests.Select(m => new PrintJob(m.Name,
            new PdfInfo(m.Title, m.Subtitle, catalog.Site.Title, catalog.Site.AsOf),
            Path.Combine(siteRoot, "briefs", m.Name + ".pdf"))).ToList();
        var printed = await BriefPrinter.PrintAsync(chromium, siteRoot, catalog.Site.BaseUrl, jobs, cancellationToken).ConfigureAwait(false);
        foreach (var (manifest, result) in manifests.Zip(printed))
        {
            if (manifest.MaxPages is { } budget && result.Pages > budget)
            {
                diagnostics.Warning(Codes.OverPageBudget, $"brief '{manifest.Name}' prints {result.Pages} pages, over its budget of {budget}",
                    manifest.File, manifest.MaxPagesPosition.Line, manifest.MaxPagesPosition.Column, "shorten or drop sections, or raise max_pages");
            }
        }
        return printed;
    }
}
