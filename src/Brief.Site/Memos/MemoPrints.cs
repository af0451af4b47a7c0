using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Print;
using Brief.Site.Model;

namespace Brief.Site.Memos;

/// <summary>brief build --pdf for decision memos: each memo's page printed to memos/ID.pdf, and held to its max_pages.</summary>
public static class MemoPrints
{
    /// <summary>A memo to print, and the job that prints it.</summary>
    public sealed record MemoJob(DecisionMemo Memo, PrintJob Job);

    public static string PdfPath(string id) => $"memos/{id}.pdf";

    public static IReadOnlyList<MemoJob> Jobs(Catalog catalog, string outputRoot) =>
        [.. Pages.MemoPages.Memos(catalog).Select(m => new MemoJob(m, new PrintJob(m.Id,
            new PdfInfo(m.Title, string.IsNullOrEmpty(m.To) ? null : $"Memorandum for {m.To}", catalog.Site.Title, m.Date),
            Path.Combine(outputRoot, "memos", m.Id + ".pdf"), Urls.PathOf(m))))];

    /// <summary>A printed memo longer than its max_pages is an error, naming the memo and its real page count.</summary>
    public static void Check(IReadOnlyList<MemoJob> jobs, IReadOnlyList<PrintedBrief> printed, DiagnosticBag diagnostics)
    {
        foreach (var (job, result) in jobs.Zip(printed))
        {
            var memo = job.Memo;
            if (result.Pages <= memo.MaxPages)
            {
                continue;
            }
            var (line, column) = memo.Fields.Has("max_pages") ? memo.Fields.PositionOf("max_pages") : (1, 1);
            diagnostics.Error(Codes.MemoOverPages,
                $"memo '{memo.Id}' prints {result.Pages} pages, over its limit of {memo.MaxPages}", memo.File, line, column,
                "shorten the discussion, consider fewer options or move detail to the option cards; or raise max_pages");
        }
    }
}
