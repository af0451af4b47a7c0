namespace Brief.Site.Incremental;

/// <summary>
/// What one build took from its caches and what it made again: files not even read (their stamps unchanged), and
/// for files read, bodies rendered and search entries, how many were kept and how many made. For the trace and tests.
/// </summary>
public sealed record CacheUse(int FilesUnread, (int Kept, int Made) Files, (int Kept, int Made) Bodies, (int Kept, int Made) SearchEntries)
{
    public static CacheUse None { get; } = new(0, (0, 0), (0, 0), (0, 0));

    /// <summary>How many page models were built to tell by their fingerprint whether the page changed (its inputs did).</summary>
    public int PageModels { get; init; }

    /// <summary>Pieces of printed briefs taken from the cache, and laid out again.</summary>
    public (int Kept, int Made) BriefPieces { get; init; }

    public override string ToString() =>
        $"files {FilesUnread} unread, {Files.Kept} kept, {Files.Made} made; bodies {Bodies.Kept} kept, {Bodies.Made} made; " +
        $"search entries {SearchEntries.Kept} kept, {SearchEntries.Made} made; page models built {PageModels}; " +
        $"brief pieces {BriefPieces.Kept} kept, {BriefPieces.Made} made";
}
