using Brief.Site;
using Brief.Tests.Support;

namespace Brief.Tests.Site.Incremental;

/// <summary>
/// brief build saves its caches in the cache folder, so a new process redoes only what a change affects: files whose
/// stamps are unchanged are not read, and only a changed file's body is rendered and indexed again. A cache folder
/// it cannot trust (damaged, or written by another brief) is a clean build, never an error.
/// </summary>
public sealed class SavedCacheTests
{
    private static readonly string Fixture = Path.Combine(Repo.Fixtures, "second-briefing");

    [Fact]
    public async Task A_new_build_after_a_one_file_edit_reads_renders_and_indexes_only_that_file()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        var files = Settled(site);
        var options = site.Options() with { Search = true, CacheFolder = Path.Combine(site.Root, ".brief-cache") };
        var first = await SiteBuilder.BuildAsync(options);
        first.AssertClean();
        Assert.Equal((0, files), (first.CacheUse.FilesUnread, first.CacheUse.Files.Made));
        var documents = first.CacheUse.Bodies.Made;

        site.Write("timeline/study.md", File.ReadAllText(Path.Combine(site.Input, "timeline/study.md")) + "\nOne more sentence.\n");
        var second = await SiteBuilder.BuildAsync(options);

        second.AssertClean();
        Assert.Equal(files - 1, second.CacheUse.FilesUnread);
        Assert.Equal((files - 1, 1), second.CacheUse.Files);
        Assert.Equal((documents - 1, 1), second.CacheUse.Bodies);
        Assert.Equal((documents - 1, 1), second.CacheUse.SearchEntries);
        Assert.Contains("One more sentence.", site.Page("timeline/").Body!.TextContent);
        AssertSameAsClean(site);
    }

    [Fact]
    public async Task A_file_changed_after_it_was_stamped_is_read_again()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        Settled(site);
        var options = site.Options() with { Search = true, CacheFolder = Path.Combine(site.Root, ".brief-cache") };
        (await SiteBuilder.BuildAsync(options)).AssertClean();

        // same length, another time: the stamp no longer matches, so the file is read and its new text shown
        var path = Path.Combine(site.Input, "timeline/study.md");
        var text = File.ReadAllText(path);
        var title = text.Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal));
        var changed = title[..^1] + (title[^1] == 'X' ? 'Y' : 'X');
        File.WriteAllText(path, text.Replace(title, changed, StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-30));
        var second = await SiteBuilder.BuildAsync(options);

        second.AssertClean();
        Assert.Equal(1, second.CacheUse.Files.Made);
        Assert.Contains(changed["title:".Length..].Trim().Trim('"'), site.Page("timeline/").Body!.TextContent);
        AssertSameAsClean(site);
    }

    [Fact]
    public async Task A_small_change_appends_to_the_cache_and_a_save_cut_short_loses_only_the_entry_it_was_writing()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        Settled(site);
        var options = site.Options() with { Search = true, CacheFolder = Path.Combine(site.Root, ".brief-cache") };
        (await SiteBuilder.BuildAsync(options)).AssertClean();
        var bodies = Path.Combine(options.CacheFolder!, "bodies.bin");
        var before = File.ReadAllBytes(bodies);

        site.Write("timeline/study.md", File.ReadAllText(Path.Combine(site.Input, "timeline/study.md")) + "\nOne more sentence.\n");
        (await SiteBuilder.BuildAsync(options)).AssertClean();
        var after = File.ReadAllBytes(bodies);
        Assert.True(after.Length > before.Length && after.AsSpan(0, before.Length).SequenceEqual(before), "the new body is appended");

        File.WriteAllBytes(bodies, after[..^5]); // killed while appending
        var third = await SiteBuilder.BuildAsync(options);

        third.AssertClean();
        Assert.Equal(1, third.CacheUse.Bodies.Made);
        Assert.Contains("One more sentence.", site.Page("timeline/").Body!.TextContent);
        AssertSameAsClean(site);
        Assert.True(File.ReadAllBytes(bodies).Length < after.Length, "a file cut short is written anew");
    }

    [Theory]
    [InlineData("files.bin")]
    [InlineData("bodies.bin")]
    [InlineData("search.bin")]
    [InlineData("stamps.bin")]
    public async Task A_damaged_cache_file_is_a_clean_build_of_that_work_not_an_error(string name)
    {
        using var site = FixtureSite.CopyOf(Fixture);
        var files = Settled(site);
        var options = site.Options() with { Search = true, CacheFolder = Path.Combine(site.Root, ".brief-cache") };
        (await SiteBuilder.BuildAsync(options)).AssertClean();
        var file = Path.Combine(options.CacheFolder!, name);
        var bytes = File.ReadAllBytes(file);
        for (var i = bytes.Length / 3; i < bytes.Length; i += 97)
        {
            bytes[i] ^= 0x5A; // damage values, keep the header
        }
        File.WriteAllBytes(file, bytes);
        File.WriteAllBytes(Path.Combine(options.CacheFolder!, "pages.json"), [1, 2, 3]);

        var second = await SiteBuilder.BuildAsync(options);

        second.AssertClean();
        var use = second.CacheUse;
        Assert.True(name switch
        {
            "files.bin" => use.Files.Made > 0 && use.Bodies.Made == 0,
            "bodies.bin" => use.Bodies.Made > 0 && use.Files.Made == 0,
            "search.bin" => use.SearchEntries.Made > 0 && use.Bodies.Made == 0,
            _ => use.FilesUnread < files && use.Files.Made == 0,
        }, $"{name} damaged: {use}");
        AssertSameAsClean(site);
    }

    [Fact]
    public async Task A_cache_written_by_another_brief_is_not_read()
    {
        using var site = FixtureSite.CopyOf(Fixture);
        var files = Settled(site);
        var options = site.Options() with { Search = true, CacheFolder = Path.Combine(site.Root, ".brief-cache") };
        (await SiteBuilder.BuildAsync(options)).AssertClean();
        foreach (var file in Directory.GetFiles(options.CacheFolder!, "*.bin"))
        {
            var bytes = File.ReadAllBytes(file);
            var version = System.Text.Encoding.UTF8.GetBytes(Brief.Site.Incremental.Saved.SavedEntries.Version);
            var at = bytes.AsSpan().IndexOf(version);
            Assert.True(at > 0, $"{file} names the brief that wrote it");
            bytes[at] = (byte)(bytes[at] == (byte)'0' ? '1' : '0');
            File.WriteAllBytes(file, bytes);
        }

        var second = await SiteBuilder.BuildAsync(options);

        second.AssertClean();
        Assert.Equal((0, 0, files), (second.CacheUse.FilesUnread, second.CacheUse.Files.Kept, second.CacheUse.Files.Made));
        AssertSameAsClean(site);
    }

    /// <summary>
    /// Dates every input file an hour back, as files are when an editor has not just saved them; returns how many Markdown
    /// files there are to read.
    /// </summary>
    private static int Settled(FixtureSite site)
    {
        var files = Directory.GetFiles(site.Input, "*", SearchOption.AllDirectories);
        foreach (var file in files)
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }
        static bool In(string file, string folder) =>
            file.Contains($"{Path.DirectorySeparatorChar}{folder}{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
        return files.Count(f => f.EndsWith(".md", StringComparison.Ordinal) && !In(f, "briefs") && !In(f, "assets"));
    }

    private static void AssertSameAsClean(FixtureSite site)
    {
        var clean = Path.Combine(site.Root, "clean");
        SiteBuilder.BuildAsync(site.Options() with { Search = true, OutputRoot = clean }).GetAwaiter().GetResult().AssertClean();
        IncrementalBuildTests.AssertSameFiles(clean, site.Output, "after a build from the cache folder");
    }
}
