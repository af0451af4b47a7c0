using System.Globalization;
using Brief.Content.Model;
using Brief.Site;

namespace Brief.Cli.Commands;

/// <summary>
/// What `brief build` and `brief check` print once the builder is done: the whole report as JSON on stdout; or the
/// diagnostics (and their GitHub workflow annotations on stdout), the briefs printed, a trace when BRIEF_TRACE=1 and
/// a summary line, on stderr.
/// </summary>
internal static class BuildReport
{
    public static void Write(BuildResult result, bool write, BuildOptions options, SiteCommand.Format format)
    {
        if (format == SiteCommand.Format.Json)
        {
            Console.Out.WriteLine(DiagnosticFormatter.Json(result.Diagnostics,
                new JsonSummary(result.Errors, result.Warnings, Counts(result), result.Written)));
            return;
        }
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(DiagnosticFormatter.Text(diagnostic));
            if (format == SiteCommand.Format.GitHub)
            {
                Console.Out.WriteLine(DiagnosticFormatter.GitHub(diagnostic));
            }
        }
        foreach (var brief in result.Printed)
        {
            Console.Error.WriteLine($"brief: printed briefs/{brief.Name}.pdf: {brief.Pages} pages in " +
                $"{brief.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s");
        }
        foreach (var memo in result.PrintedMemos)
        {
            Console.Error.WriteLine($"brief: printed memos/{memo.Name}.pdf: {memo.Pages} pages in " +
                $"{memo.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s");
        }
        foreach (var file in result.WordFiles)
        {
            Console.Error.WriteLine($"brief: wrote {file}");
        }
        if (Environment.GetEnvironmentVariable("BRIEF_TRACE") == "1")
        {
            Trace(result);
        }
        Console.Error.WriteLine(Summary(result, write, options));
    }

    /// <summary>For profiling: how long each phase of each pipeline took, then the process's memory and start-up costs.</summary>
    private static void Trace(BuildResult result)
    {
        foreach (var ((pipeline, phase), elapsed) in result.Timings.OrderBy(t => t.Key.Phase).ThenByDescending(t => t.Value))
        {
            Console.Error.WriteLine($"brief: trace: {phase,-11} {pipeline,-12} {elapsed.TotalMilliseconds,8:0} ms");
        }
        Console.Error.WriteLine($"brief: trace: cache: {result.CacheUse}");
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        Console.Error.WriteLine($"brief: trace: allocated {GC.GetTotalAllocatedBytes() / (1 << 20)} MiB; collections gen0 " +
            $"{GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; paused " +
                $"{GC.GetTotalPauseDuration().TotalMilliseconds:0} ms; heap {gc.HeapSizeBytes / (1 << 20)} MiB");
        // start-up cost: methods compiled while running (ReadyToRun code is not counted), and the time it took
        Console.Error.WriteLine($"brief: trace: jit compiled {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in " +
            $"{System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms; process " +
                $"{(DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime).TotalMilliseconds:0} ms");
    }

    private static string Summary(BuildResult result, bool write, BuildOptions options)
    {
        var counts = string.Join(", ", result.Documents.Select(d => (Noun: d.Key.Noun(), Count: d.Value)).OrderBy(d => d.Noun, StringComparer.Ordinal)
            .Select(d => $"{d.Count} {d.Noun}{(d.Count == 1 ? "" : "s")}"));
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var outcome = write
            ? result.Written
                ? $"built {result.PagesWritten} pages{(result.PagesReused > 0 ? $" ({result.PagesReused} unchanged)" : "")} into " +
                    $"{Path.GetRelativePath(Environment.CurrentDirectory, options.OutputRoot)}"
                : "nothing written"
            : "checked";
        return $"brief: {outcome} ({counts}); {result.Errors} error{(result.Errors == 1 ? "" : "s")}, {result.Warnings} " +
            $"warning{(result.Warnings == 1 ? "" : "s")} in {seconds} s";
    }

    /// <summary>
    /// The JSON report's counts: documents by kind ("option": 7), and the pages: "pages written" when the build wrote
    /// them, else "pages", the pages a build would write (a check, or a build that stopped at errors).
    /// </summary>
    private static Dictionary<string, int> Counts(BuildResult result)
    {
        var counts = result.Documents.ToDictionary(d => d.Key.Noun(), d => d.Value, StringComparer.Ordinal);
        counts[result.Written ? "pages written" : "pages"] = result.PagesWritten;
        return counts;
    }
}
