using System.Collections.Concurrent;
using Brief.Site;
using Brief.Tests.Support;

namespace Brief.Tests.Reliability;

/// <summary>
/// A brief build with the cache records of its output is an update: only what changed is written beside the output
/// and moved in; unchanged files are not touched; a failed build leaves the output as it was; a publish killed part-way
/// is finished by the next build from its journal. Without records, or with --docx, a build still swaps a whole new folder in.
/// </summary>
public sealed class UpdatePublishTests
{
    [Fact]
    public async Task A_one_file_edit_is_published_as_an_update_that_touches_no_unchanged_file_and_equals_a_clean_build()
    {
        using var site = Site();
        var options = Cached(site);
        (await SiteBuilder.BuildAsync(options)).AssertClean();
        var unchanged = Path.Combine(site.Output, "glossary", "title-50", "index.html");
        var asset = Directory.EnumerateFiles(Path.Combine(site.Output, "theme")).First();
        var before = (File.GetLastWriteTimeUtc(unchanged), File.GetLastWriteTimeUtc(asset));
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: The basics.\nsources: [analyst]\n---\n## Background\n\nEdited text.\n");
        site.Delete("explainers/extra.md");
        site.WriteBytes("assets/map.png", [1, 2, 3, 4]); // an asset changed
        site.Delete("assets/pictures").WriteBytes("assets/pictures/one.png", [5]); // a file where a folder must now be

        using var folders = new FoldersMade(site.Root);
        var result = await SiteBuilder.BuildAsync(options);

        result.AssertClean();
        var made = folders.WaitFor("site.update-");
        Assert.DoesNotContain(made, f => f.StartsWith("site.building-", StringComparison.Ordinal));
        Assert.True(result.PagesReused > 0);
        Assert.Equal(before, (File.GetLastWriteTimeUtc(unchanged), File.GetLastWriteTimeUtc(asset)));
        Assert.Contains("Edited text.", site.Page("explainers/basics/").Body!.TextContent, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "explainers", "extra")), "the deleted page's file and folder are gone");
        Assert.Equal([1, 2, 3, 4], File.ReadAllBytes(Path.Combine(site.Output, "assets", "map.png")));
        Assert.Empty(Beside(site));
        Assert.Equal(await CleanBuild(site), OutputFolderTests.Snapshot(site.Output));
    }

    [Fact]
    public async Task A_failed_update_leaves_the_output_exactly_as_it_was_and_no_update_folder()
    {
        using var site = Site();
        using var theme = new TempFolder();
        Brief.Tests.Site.SafetyTests.CopyDirectory(Repo.Theme, theme.Path);
        var options = Cached(site) with { ThemeRoot = theme.Path };
        (await SiteBuilder.BuildAsync(options)).AssertClean();
        var before = OutputFolderTests.Snapshot(site.Output);
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: The basics.\n---\nEdited text.\n");
        // the explainers' layout fails while the pages are written: the update folder already holds some
        var layout = Path.Combine(theme.Path, "layouts", "explainer.html");
        File.WriteAllText(layout, File.ReadAllText(layout) + "{{ x = no_such_variable }}");

        using var folders = new FoldersMade(site.Root);
        var result = await SiteBuilder.BuildAsync(options);

        Assert.Contains(result.Diagnostics, d => d.Message.Contains("no_such_variable", StringComparison.Ordinal));
        Assert.False(result.Written);
        folders.WaitFor("site.update-");
        Assert.Equal(before, OutputFolderTests.Snapshot(site.Output));
        Assert.Empty(Beside(site));
    }

    [Fact]
    public async Task A_publish_killed_part_way_is_finished_from_its_journal_and_an_update_killed_before_it_is_removed()
    {
        using var site = Site();
        var options = Cached(site);
        (await SiteBuilder.BuildAsync(options)).AssertClean();
        site.Write("explainers/basics.md", "---\ntitle: Basics\nsummary: The basics.\n---\nEdited text.\n");
        site.Delete("explainers/extra.md");
        var clean = Path.Combine(site.Root, "clean");
        (await SiteBuilder.BuildAsync(site.Options() with { Search = true, OutputRoot = clean })).AssertClean();
        var expected = OutputFolderTests.Snapshot(clean);
        var current = OutputFolderTests.Snapshot(site.Output);
        var changed = expected.Keys.Where(f => !current.TryGetValue(f, out var hash) || hash != expected[f]).Order(StringComparer.Ordinal).ToList();
        var stale = current.Keys.Where(f => !expected.ContainsKey(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("explainers/extra/index.html", stale);
        Assert.True(changed.Count >= 2, "the edit changes more than one file, so some can be moved before the kill");

        // killed after the journal was written and half the files were moved
        var update = $"{site.Output}{OutputUpdate.Suffix}{Guid.NewGuid():N}";
        foreach (var (file, i) in changed.Select((f, i) => (f, i)))
        {
            Copy(Path.Combine(clean, file), Path.Combine(i % 2 == 0 ? site.Output : update, file));
        }
        File.WriteAllText(Path.Combine(update, OutputUpdate.JournalName), string.Concat(stale.Select(f => f + '\0')));
        // killed while writing, before publishing: no journal
        var unfinished = $"{site.Output}{OutputUpdate.Suffix}{Guid.NewGuid():N}";
        Directory.CreateDirectory(Path.Combine(unfinished, "explainers", "basics"));
        File.WriteAllText(Path.Combine(unfinished, "explainers", "basics", "index.html"), "half-written");

        OutputFolder.Recover(site.Output);

        Assert.Equal(expected, OutputFolderTests.Snapshot(site.Output));
        Assert.Empty(Beside(site));
        (await SiteBuilder.BuildAsync(options)).AssertClean();
        Assert.Equal(expected, OutputFolderTests.Snapshot(site.Output));
    }

    [Fact]
    public async Task A_build_without_cache_records_or_with_docx_swaps_a_whole_new_folder_in()
    {
        using var site = Site();
        using (var folders = new FoldersMade(site.Root))
        {
            (await SiteBuilder.BuildAsync(Cached(site))).AssertClean(); // no records yet
            Assert.DoesNotContain(folders.WaitFor("site.building-"), f => f.StartsWith("site.update-", StringComparison.Ordinal));
        }
        using (var folders = new FoldersMade(site.Root))
        {
            (await SiteBuilder.BuildAsync(site.Options() with { Search = true })).AssertClean(); // --no-cache
            Assert.DoesNotContain(folders.WaitFor("site.building-"), f => f.StartsWith("site.update-", StringComparison.Ordinal));
        }
        (await SiteBuilder.BuildAsync(Cached(site))).AssertClean(); // records again
        using (var folders = new FoldersMade(site.Root))
        {
            var result = await SiteBuilder.BuildAsync(Cached(site) with { Docx = true });
            result.AssertClean();
            Assert.DoesNotContain(folders.WaitFor("site.building-"), f => f.StartsWith("site.update-", StringComparison.Ordinal));
            Assert.NotEmpty(result.WordFiles);
            Assert.True(site.Exists(result.WordFiles[0]));
        }
    }

    private static FixtureSite Site() =>
        FixtureSite.Minimal().Write("explainers/extra.md", "---\ntitle: Extra\nsummary: One more page.\n---\n## Part\n\nMore, on the SOFA.\n")
            .WriteBytes("assets/map.png", [1, 2, 3]).WriteBytes("assets/pictures", [9]);

    private static BuildOptions Cached(FixtureSite site) =>
        site.Options() with { Search = true, CacheFolder = Path.Combine(site.Root, ".brief-cache") };

    private static async Task<Dictionary<string, string>> CleanBuild(FixtureSite site)
    {
        var clean = Path.Combine(site.Root, "clean-" + Guid.NewGuid().ToString("N"));
        (await SiteBuilder.BuildAsync(site.Options() with { Search = true, OutputRoot = clean })).AssertClean();
        var files = OutputFolderTests.Snapshot(clean);
        Directory.Delete(clean, recursive: true);
        return files;
    }

    /// <summary>The folders beside the output (site.building-…, site.update-…): none once a build is done.</summary>
    private static string[] Beside(FixtureSite site) =>
        [.. Directory.GetDirectories(site.Root).Where(d => Path.GetFileName(d).StartsWith("site.", StringComparison.Ordinal))];

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }

    /// <summary>The folders made in a folder while it is watched (the staging folders beside the output).</summary>
    private sealed class FoldersMade : IDisposable
    {
        private readonly FileSystemWatcher _watcher;
        private readonly ConcurrentQueue<string> _names = new();

        public FoldersMade(string folder)
        {
            _watcher = new FileSystemWatcher(folder) { NotifyFilter = NotifyFilters.DirectoryName };
            _watcher.Created += (_, e) => _names.Enqueue(e.Name ?? "");
            _watcher.EnableRaisingEvents = true;
        }

        /// <summary>Every folder seen made, once one named with <paramref name="prefix"/> is among them (events arrive late).</summary>
        public IReadOnlyList<string> WaitFor(string prefix)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (!_names.Any(n => n.StartsWith(prefix, StringComparison.Ordinal)) && clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                Thread.Sleep(10);
            }
            Assert.Contains(_names, n => n.StartsWith(prefix, StringComparison.Ordinal));
            return [.. _names];
        }

        public void Dispose() => _watcher.Dispose();
    }
}
