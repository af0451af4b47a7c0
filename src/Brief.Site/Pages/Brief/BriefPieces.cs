using Brief.Markdown.Rendering;
using Brief.Site.Incremental;
using Brief.Site.Theme;

namespace Brief.Site.Pages.Brief;

/// <summary>
/// The pieces one printed brief is written from, and the print notes they share. Bodies are rendered when the page is
/// written, in reading order, so first uses of terms and link notes number as read. A piece written from a given
/// state of the notes, with the same key, gives the same HTML and the same changes to the notes, so brief serve keeps
/// each piece (<see cref="BuildCache.PrintEntry"/>), brief build saves them in its cache folder, and a rebuild writes
/// again only the pieces a change affects. One
/// instance lays out one brief, once.
/// </summary>
internal sealed class BriefPieces(BuildCache cache)
{
    private readonly Stack<List<string>> _recording = new();

    /// <summary>The notes the brief's bodies number their first uses and links in.</summary>
    public PrintNotes Notes { get; } = new();

    /// <summary>A piece that reads and writes the notes (a body, or a document laid out with its body).</summary>
    public DeferredHtml Printed(string key, Action<TextWriter> write) => new(key, writer =>
    {
        if (!cache.BriefPieces.Keeps)
        {
            write(writer);
            return;
        }
        var printKey = Fingerprint.Joined(key, Notes.State);
        if (_recording.TryPeek(out var outer))
        {
            outer.Add(printKey);
        }
        if (cache.BriefPieces.TryGet(printKey, out var entry))
        {
            KeepInner(entry);
            Notes.Replay(entry.Changes);
            entry.Html.WriteTo(writer);
            return;
        }
        var mark = Notes.Mark();
        _recording.Push([]);
        var html = HtmlFragment.Write(write);
        cache.BriefPieces.Remember(printKey, new BuildCache.PrintEntry(html, Notes.ChangesSince(mark), _recording.Pop()));
        html.WriteTo(writer);
    });

    /// <summary>A piece that reads and writes no notes (the matrix): the same key gives the same HTML.</summary>
    public DeferredHtml WithoutNotes(string key, Action<TextWriter> write) => new(key, writer =>
    {
        if (!cache.BriefMatrices.Keeps)
        {
            write(writer);
            return;
        }
        cache.BriefMatrices.GetOrMake(key, () => HtmlFragment.Write(write)).WriteTo(writer);
    });

    // a piece taken whole keeps the pieces it was made of for the next build, which may need them one by one
    private void KeepInner(BuildCache.PrintEntry entry)
    {
        foreach (var inner in entry.Inner)
        {
            if (cache.BriefPieces.TryGet(inner, out var kept))
            {
                KeepInner(kept);
            }
        }
    }
}
