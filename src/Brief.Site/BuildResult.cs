using Brief.Content.Model;
using Brief.Core.Diagnostics;
using Brief.Core.Pipelines;

namespace Brief.Site;

/// <summary>The result of a build or check: every diagnostic, what was made, and how long it took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    /// <summary>How many documents of each kind the site holds (published ones: drafts only with --drafts).</summary>
    public IReadOnlyDictionary<ContentKind, int> Documents { get; init; } = new Dictionary<ContentKind, int>();

    /// <summary>How many HTML pages the run laid out (or, in a check, would have).</summary>
    public int PagesWritten { get; init; }

    /// <summary>How many pages were taken unchanged from the previous output (the build cache).</summary>
    public int PagesReused { get; init; }

    /// <summary>What the build took from its caches and what it made again (<see cref="Incremental.BuildCache.Use"/>), for the trace.</summary>
    public Incremental.CacheUse CacheUse { get; init; } = Incremental.CacheUse.None;

    /// <summary>Whether the output folder now holds this run's site (never in a check, nor after an error).</summary>
    public bool Written { get; init; }

    /// <summary>The briefs printed to PDF (with --pdf), with page counts and timings.</summary>
    public IReadOnlyList<Print.PrintedBrief> Printed { get; init; } = [];

    /// <summary>The decision memos printed to PDF (with --pdf), memos/ID.pdf, with page counts and timings.</summary>
    public IReadOnlyList<Print.PrintedBrief> PrintedMemos { get; init; } = [];

    /// <summary>The Word files written (with --docx), relative to the output folder.</summary>
    public IReadOnlyList<string> WordFiles { get; init; } = [];

    /// <summary>How long each pipeline phase took.</summary>
    public IReadOnlyDictionary<(string Pipeline, Phase Phase), TimeSpan> Timings { get; init; } = new Dictionary<(string, Phase), TimeSpan>();

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

}
