using System.Diagnostics;
using System.Globalization;
using Brief.Site;
using Brief.Site.Incremental;

// brief-rebuild CONTENT THEME [--edits N]
//
// Builds CONTENT once with a build cache kept in memory (as brief serve does), then N times appends a sentence to
// one page's body and rebuilds, and prints each rebuild's time and the median. The content folder is copied to a
// temporary folder first; nothing in CONTENT changes.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: brief-rebuild CONTENT THEME [--edits N]");
    return 2;
}
var edits = args.Length >= 4 && args[2] == "--edits" ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10;
var work = Directory.CreateTempSubdirectory("brief-rebuild-").FullName;
try
{
    var input = Path.Combine(work, "content");
    foreach (var file in Directory.EnumerateFiles(args[0], "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(input, Path.GetRelativePath(args[0], file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
    var options = new BuildOptions(input, Path.GetFullPath(args[1]), Path.Combine(work, "site")) { InPlace = true, Search = true }; // as brief serve builds, search index included
    var cache = BuildCache.Empty();
    var clock = Stopwatch.StartNew();
    var first = await SiteBuilder.BuildAsync(options, cache);
    Console.Error.WriteLine($"first build: {first.PagesWritten} pages, {first.Errors} errors, {clock.ElapsedMilliseconds} ms");
    var pages = Directory.EnumerateFiles(Path.Combine(input, "explainers"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
    var times = new List<double>();
    for (var i = 0; i < edits; i++)
    {
        var page = pages[i * 7919 % pages.Length];
        File.AppendAllText(page, $"\nEdited sentence number {i}.\n");
        var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        clock.Restart();
        var result = await SiteBuilder.BuildAsync(options, cache);
        times.Add(clock.Elapsed.TotalMilliseconds);
        if (Environment.GetEnvironmentVariable("BRIEF_TRACE") == "1")
        {
            Console.Error.WriteLine(string.Join(", ", result.Timings.Where(t => t.Value.TotalMilliseconds >= 5).OrderByDescending(t => t.Value)
                .Select(t => $"{t.Key.Phase} {t.Key.Pipeline} {t.Value.TotalMilliseconds:0} ms")));
            Console.Error.WriteLine($"collections {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} (gen 0/1/2), paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms");
        }
        Console.Error.WriteLine($"rebuild {i + 1}: {Path.GetFileName(page)}: {clock.Elapsed.TotalMilliseconds:0} ms, {result.PagesReused} of {result.PagesWritten} pages unchanged, {result.Errors} errors");
    }
    times.Sort();
    Console.WriteLine($"median one-file rebuild: {times[times.Count / 2]:0} ms over {times.Count} edits");
    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
}
