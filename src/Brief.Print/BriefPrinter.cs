using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Brief.Print;

/// <summary>
/// A page to print: its name, the document metadata, where to write the PDF, and the site path of the page (a brief's,
/// briefs/NAME/, unless another is given: a memo's, memos/ID/).
/// </summary>
public sealed record PrintJob(string Name, PdfInfo Info, string Output, string? Page = null);

/// <summary>A printed brief (or memo): its page count and how long it took.</summary>
public sealed record PrintedBrief(string Name, int Pages, TimeSpan Elapsed);

/// <summary>
/// Prints briefs from a built site (the renderer step of mdBook's model): serves the folder on loopback, opens
/// each brief in one shared Chromium, prints it, reads back on which page each contents entry landed, writes
/// those numbers into the contents list, prints again, and stamps the metadata and dates.
/// </summary>
public static class BriefPrinter
{
    public static async Task<IReadOnlyList<PrintedBrief>> PrintAsync(
        string chromium, string siteRoot, string basePath, IReadOnlyList<PrintJob> jobs, CancellationToken cancellationToken)
    {
        using var server = new StaticFileServer(siteRoot, basePath);
        await using var browser = await ChromiumBrowser.LaunchAsync(chromium, cancellationToken).ConfigureAwait(false);
        var printed = new List<PrintedBrief>();
        foreach (var job in jobs)
        {
            var clock = Stopwatch.StartNew();
            var address = new Uri(server.BaseUri, job.Page ?? $"briefs/{job.Name}/");
            await using var page = await browser.OpenAsync(address, cancellationToken).ConfigureAwait(false);
            await page.EvaluateAsync(UnlinkSitePages, cancellationToken).ConfigureAwait(false);
            await page.EvaluateAsync(LoadImages, cancellationToken).ConfigureAwait(false);
            var hasContents = (await page.EvaluateAsync("document.querySelector('[data-toc-target]') !== null", cancellationToken)
                .ConfigureAwait(false))?.GetValue<bool>() == true;
            var pdf = await page.PrintToPdfAsync(cancellationToken, final: !hasContents).ConfigureAwait(false);
            if (hasContents)
            {
                // a quick draft print tells on which page each contents entry lands; the final print carries the numbers
                await NumberContentsAsync(page, PdfFile.DestinationPages(pdf), cancellationToken).ConfigureAwait(false);
                pdf = await page.PrintToPdfAsync(cancellationToken).ConfigureAwait(false);
            }
            var headings = (await page.EvaluateAsync(HeadingTexts, cancellationToken).ConfigureAwait(false))!.AsArray()
                .Select(h => h!.GetValue<string>()).ToList();
            pdf = PdfFile.Finalize(pdf, job.Info, headings);
            Directory.CreateDirectory(Path.GetDirectoryName(job.Output)!);
            await File.WriteAllBytesAsync(job.Output, pdf, cancellationToken).ConfigureAwait(false);
            printed.Add(new PrintedBrief(job.Name, PdfFile.PageCount(pdf), clock.Elapsed));
        }
        return printed;
    }

    /// <summary>
    /// Links to other pages of the site would point at the loopback server inside the PDF; on paper they become
    /// plain text. Links within the brief and to the web stay.
    /// </summary>
    private const string UnlinkSitePages = """
        (() => {
          for (const a of document.querySelectorAll('a[href]')) {
            const url = new URL(a.href, location.href);
            const inBrief = url.pathname === location.pathname && url.hash !== '';
            if (url.origin === location.origin && !inBrief) a.removeAttribute('href');
          }
          return true;
        })()
        """;

    /// <summary>Images below the first screen are lazy and may not have loaded yet: every image loads before printing.</summary>
    private const string LoadImages = """
        Promise.all([...document.images].map(img => {
          img.loading = 'eager';
          return img.decode().catch(() => null);
        })).then(() => true)
        """;

    /// <summary>The text of every heading, white space collapsed, as the bookmarks should read.</summary>
    private const string HeadingTexts = """
        [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => h.textContent.replace(/\\s+/g, ' ').trim())
        """;

    /// <summary>Fills every [data-toc-target] with the page its anchor printed on; false when the brief has no contents list.</summary>
    private static async Task<bool> NumberContentsAsync(BrowserPage page, IReadOnlyDictionary<string, int> pages, CancellationToken cancellationToken)
    {
        var script = $$"""
            (() => {
              const pages = {{new JsonObject(pages.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))).ToJsonString()}};
              const entries = document.querySelectorAll('[data-toc-target]');
              for (const entry of entries) {
                const number = pages[entry.dataset.tocTarget];
                entry.textContent = number ? String(number) : '';
              }
              return entries.length > 0;
            })()
            """;
        return (await page.EvaluateAsync(script, cancellationToken).ConfigureAwait(false))?.GetValue<bool>() == true;
    }
}
