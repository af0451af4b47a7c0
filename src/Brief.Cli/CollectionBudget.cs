namespace Brief.Cli;

/// <summary>
/// A build or check is one short burst of work, and the process ends with it: what it allocates is dropped with
/// the process anyway, as compilers drop theirs rather than free it before exiting (clang's -disable-free). So the
/// first <see cref="Budget"/> of allocation goes uncollected (a no-GC region): a cached rebuild, which allocates
/// about half that, spends no time paused for the collector, where it spent a fifth of its time. A build that
/// allocates more is collected as usual from then on (the region ends by itself). brief serve, which lives on, does
/// not use it.
/// </summary>
internal static class CollectionBudget
{
    private const long Budget = 256L << 20;

    public static void Start()
    {
        try
        {
            GC.TryStartNoGCRegion(Budget);
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // a runtime that cannot set that much aside: collect as usual
        }
    }
}
